"""The portal's identity: who publishes the site, and how citizens reach them.

Nghị định 42/2022/NĐ-CP asks an agency's portal to show its functions, structure, address,
phone, fax, email and contact officers (Điều 4 khoản 1 điểm e), and to give organisation,
functions and contact officers in English (Điều 7). The identity is written once in the
plugin config (``plugins: - vanban: portal: …`` in mkdocs.yml); a missing mandatory field
is a config error whose message starts with the key, e.g.
``vanban.portal.agency: thiếu tên cơ quan — …``.

:func:`contribute` adds the pages "Giới thiệu – Liên hệ" (``gioi-thieu/``) and
"About / Contact" (``en/about/``), and returns the parsed :class:`Portal`; its
:meth:`Portal.as_dict` is what the footer partial (context ``vb_portal``) reads on every page.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from .site import PageSpec, SiteModel
from .text import collapse_space, nfc

PREFIX = "vanban.portal"
ABOUT_PATH = "gioi-thieu/"
ABOUT_EN_PATH = "en/about/"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9 +().\-]{6,}$")

# key → (Vietnamese name, example) for messages; the order is the order errors are reported in.
FIELDS: dict[str, tuple[str, str]] = {
    "agency": ("tên cơ quan", '"Ủy ban nhân dân xã Hòa Tiến"'),
    "agency_en": ("tên cơ quan bằng tiếng Anh (Điều 7 NĐ 42/2022)", '"People\'s Committee of Hoa Tien Commune"'),
    "parent": ("cơ quan chủ quản", '"Ủy ban nhân dân thành phố Đà Nẵng"'),
    # the province of the portal's agency: a district or commune body that names none is this province's (vanban.provinces)
    "province": ("tỉnh, thành phố nơi cơ quan đặt trụ sở", '"thành phố Đà Nẵng"'),
    "address": ("địa chỉ", '"Thôn Yến Nê 1, xã Hòa Tiến, thành phố Đà Nẵng"'),
    "phone": ("số điện thoại", '"0236 3846 222"'),
    "fax": ("số fax", '"0236 3846 223"'),
    "email": ("thư điện tử", '"ubndhoatien@danang.gov.vn"'),
    "functions": ("chức năng, nhiệm vụ", '"Ủy ban nhân dân xã là cơ quan chấp hành của Hội đồng nhân dân …"'),
    "functions_en": ("chức năng, nhiệm vụ bằng tiếng Anh", '"The People\'s Committee is the executive body …"'),
    "structure": ("cơ cấu tổ chức", '"Chủ tịch, các Phó Chủ tịch, các ủy viên; Văn phòng HĐND và UBND; …"'),
    "structure_en": ("cơ cấu tổ chức bằng tiếng Anh", '"Chairman, Vice Chairmen, members; Office; …"'),
    "officers": ("danh sách cán bộ đầu mối liên hệ", "- {name: …, position: …, unit: …, phone: …, email: …}"),
    "responsible": ("người chịu trách nhiệm nội dung", '{name: "Nguyễn Văn A", position: "Phó Chủ tịch UBND xã"}'),
    "licence": ("dòng giấy phép / căn cứ thiết lập trang", '"Thiết lập theo Quyết định số 12/QĐ-UBND ngày 05/01/2025"'),
    "site_url": ("địa chỉ chính thức của trang (URL)", '"https://hoatien.danang.gov.vn/"'),
}
REQUIRED = ("agency", "agency_en", "address", "phone", "email", "functions", "officers", "responsible")
OFFICER_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("họ và tên", '"Trần Thị B"'),
    "position": ("chức vụ", '"Công chức Văn phòng – Thống kê"'),
    "unit": ("đơn vị", '"Văn phòng HĐND và UBND xã"'),
    "phone": ("số điện thoại", '"0905 123 456"'),
    "email": ("thư điện tử", '"tranthib@danang.gov.vn"'),
    "position_en": ("chức vụ bằng tiếng Anh", '"Office officer"'),
    "unit_en": ("đơn vị bằng tiếng Anh", '"Office of the People\'s Council and Committee"'),
}
OFFICER_REQUIRED = ("name", "position", "unit", "phone", "email")
RESPONSIBLE_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("họ và tên", '"Nguyễn Văn A"'),
    "position": ("chức vụ", '"Phó Chủ tịch UBND xã"'),
    "position_en": ("chức vụ bằng tiếng Anh", '"Vice Chairman"'),
}


class PortalConfigError(ValueError):
    """Every problem of the portal identity at once; each message starts with its config key."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class ContactOfficer:
    """Cán bộ đầu mối liên hệ (NĐ 42/2022 Điều 4 khoản 1 điểm e)."""

    name: str
    position: str
    unit: str
    phone: str
    email: str
    position_en: str = ""
    unit_en: str = ""


@dataclass(frozen=True)
class Responsible:
    """Người chịu trách nhiệm nội dung."""

    name: str
    position: str
    position_en: str = ""


@dataclass(frozen=True)
class Portal:
    """The agency that publishes the portal."""

    agency: str
    agency_en: str
    address: str
    phone: str
    email: str
    functions: str
    officers: tuple[ContactOfficer, ...]
    responsible: Responsible
    site_url: str
    parent: str = ""
    province: str = ""
    fax: str = ""
    functions_en: str = ""
    structure: str = ""
    structure_en: str = ""
    licence: str = ""

    def url(self, path: str = "") -> str:
        """Canonical absolute URL of a site-relative *path* (``van-ban/2025/300-ldld/``)."""
        return self.site_url + path.lstrip("/")

    def as_dict(self) -> dict[str, Any]:
        """Plain data for templates (``vb_portal``) with the config's own key names."""
        data = asdict(self)
        data["officers"] = [asdict(o) for o in self.officers]
        return data


def _key(*parts: str | int) -> str:
    return ".".join([PREFIX, *(f"[{p}]" if isinstance(p, int) else p for p in parts)]).replace(".[", "[")


def _text(value: Any) -> str | None:
    """A one-line (or paragraph) string, or None when *value* is not text."""
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    return nfc(str(value)).strip()


def _read(data: dict[str, Any], key: str, names: dict[str, tuple[str, str]], required: bool,
          path: tuple[str | int, ...], problems: list[str], paragraph: bool = False) -> str:
    name, example = names[key]
    full = _key(*path, key)
    value = data.get(key)
    if value is None or value == "":
        if required:
            where = "trống" if key in data else "thiếu"
            problems.append(f"{full}: {where} {name} — thêm {key}: {example}")
        return ""
    text = _text(value)
    if text is None:
        problems.append(f"{full}: {name} phải là một dòng chữ — viết {key}: {example}")
        return ""
    if not paragraph:
        text = collapse_space(text)
    if key in ("email",) and not _EMAIL.match(text):
        problems.append(f"{full}: thư điện tử “{text}” không hợp lệ — viết dạng ten@co-quan.gov.vn")
    if key in ("phone", "fax") and not _PHONE.match(text):
        problems.append(f"{full}: {name} “{text}” không hợp lệ — chỉ gồm chữ số, dấu cách, +, -, (, ), .")
    return text


def _unknown(data: dict[str, Any], known: dict[str, tuple[str, str]], path: tuple[str | int, ...],
             problems: list[str]) -> None:
    for key in data:
        if key not in known:
            problems.append(f"{_key(*path, str(key))}: khóa “{key}” không được hỗ trợ — các khóa hợp lệ: {', '.join(known)}")


def normalise_site_url(url: str) -> str:
    url = url.strip()
    return url if not url or url.endswith("/") else url + "/"


def parse_portal(data: Any, site_url: str = "") -> Portal:
    """Read the ``portal`` mapping of the plugin config; raise :class:`PortalConfigError` listing every problem.

    *site_url* is MkDocs' ``site_url``, used when the portal block gives none.
    """
    problems: list[str] = []
    if data is None or data == {}:
        raise PortalConfigError([
            f"{PREFIX}: thiếu thông tin cơ quan chủ quản của trang (NĐ 42/2022 Điều 4 khoản 1 điểm e) — "
            f"thêm khối portal: với {', '.join(REQUIRED)} dưới plugins: - vanban: trong mkdocs.yml"
        ])
    if not isinstance(data, dict):
        raise PortalConfigError([f"{PREFIX}: phải là một khối khóa: giá trị — xem README, mục cấu hình portal"])
    _unknown(data, FIELDS, (), problems)
    text: dict[str, str] = {}
    for key in FIELDS:
        if key in ("officers", "responsible"):
            continue
        paragraph = key in ("functions", "functions_en", "structure", "structure_en")
        text[key] = _read(data, key, FIELDS, key in REQUIRED, (), problems, paragraph)

    url = normalise_site_url(text.pop("site_url") or site_url)
    if not url:
        problems.append(f"{_key('site_url')}: thiếu {FIELDS['site_url'][0]} (dùng cho liên kết chính thức, "
                        f"mã QR, sitemap và nguồn tin) — thêm site_url: {FIELDS['site_url'][1]} vào portal "
                        "hoặc site_url vào mkdocs.yml")
    elif not re.match(r"^https?://[^/\s]+/", url):
        problems.append(f"{_key('site_url')}: địa chỉ “{url}” không hợp lệ — viết đầy đủ, ví dụ {FIELDS['site_url'][1]}")

    officers: list[ContactOfficer] = []
    raw_officers = data.get("officers")
    if raw_officers is None or raw_officers == [] or raw_officers == "":
        problems.append(f"{_key('officers')}: thiếu {FIELDS['officers'][0]} (ít nhất một người) — thêm officers:\n"
                        f"  {FIELDS['officers'][1]}")
    elif not isinstance(raw_officers, list):
        problems.append(f"{_key('officers')}: phải là một danh sách — mỗi cán bộ một dòng bắt đầu bằng '- '")
    else:
        for index, item in enumerate(raw_officers):
            if not isinstance(item, dict):
                problems.append(f"{_key('officers', index)}: mỗi cán bộ là một khối name, position, unit, phone, email")
                continue
            _unknown(item, OFFICER_FIELDS, ("officers", index), problems)
            values = {k: _read(item, k, OFFICER_FIELDS, k in OFFICER_REQUIRED, ("officers", index), problems)
                      for k in OFFICER_FIELDS}
            officers.append(ContactOfficer(**values))

    responsible = Responsible("", "")
    raw_resp = data.get("responsible")
    if raw_resp is None or raw_resp == "":
        problems.append(f"{_key('responsible')}: thiếu {FIELDS['responsible'][0]} — thêm responsible: "
                        f"{FIELDS['responsible'][1]}")
    elif not isinstance(raw_resp, dict):
        problems.append(f"{_key('responsible')}: phải là một khối name, position — viết responsible: "
                        f"{FIELDS['responsible'][1]}")
    else:
        _unknown(raw_resp, RESPONSIBLE_FIELDS, ("responsible",), problems)
        responsible = Responsible(**{
            k: _read(raw_resp, k, RESPONSIBLE_FIELDS, k != "position_en", ("responsible",), problems)
            for k in RESPONSIBLE_FIELDS
        })

    if problems:
        raise PortalConfigError(problems)
    return Portal(officers=tuple(officers), responsible=responsible, site_url=url, **text)


def contribute(site: SiteModel) -> Portal:
    """Parse the identity (config error if incomplete) and add the Vietnamese and English contact pages."""
    portal = parse_portal(site.config.portal, site.config.site_url)
    identity = portal.as_dict()
    site.add_page(PageSpec(
        path=ABOUT_PATH,
        template="vanban/about.html",
        title="Giới thiệu – Liên hệ",
        description=f"Chức năng, nhiệm vụ, địa chỉ và cán bộ đầu mối liên hệ của {portal.agency}",
        data={"kind": "about", "portal": identity, "alternate": {"lang": "en", "path": ABOUT_EN_PATH}},
    ))
    site.add_page(PageSpec(
        path=ABOUT_EN_PATH,
        template="vanban/about_en.html",
        title="About / Contact",
        description=f"Functions, address and contact officers of the {portal.agency_en}",
        data={"kind": "about", "lang": "en", "portal": identity,
              "alternate": {"lang": "vi", "path": ABOUT_PATH}},
    ))
    return portal
