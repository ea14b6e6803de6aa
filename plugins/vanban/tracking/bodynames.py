"""Where a body's name ends, read by the grammar Vietnamese names of bodies are built by (twenty-sixth session).

A name is a head (a title, "các", a head noun: "Ủy ban nhân dân", "Sở", "Phòng", "Ban", "Trung tâm", "Đảng ủy" …), then
its field and its place: "Sở Nông nghiệp và Phát triển nông thôn tỉnh", "Phòng Văn hóa - Thông tin huyện", "UBND các xã,
thị trấn", "các cơ quan chuyên môn trực thuộc". A field or place written with capitals ("Sở Xây dựng", "huyện Mỹ Tú") is a
name's by its form; one written in lower case is a name's only when its words are those of the official names of bodies
and levels, the closed vocabularies below, named by their source. The first lower-case word past the head that none of
them holds ("Các địa phương *tranh thủ* tháo nước", "Phòng Văn hóa và Thông tin *là* đầu mối", "Sở GD-ĐT TP HCM *nhắc*
nhở …") is no part of a name: the duty (or a report) has started, and :data:`.patterns.DUTY`, a closed list of duty
verbs, did not know its verb. Where the name then ends is settled only when an order names the unit ("đề nghị A …"); a
clause that opens with the unit may be a report or a headline ("UBND TP Hà Nội nghiêm cấm …"), so it gives no row
(:func:`.subjects.units_at`)."""

from __future__ import annotations

import functools
import re

from .naming import retone

# Each vocabulary is a list of phrases, comma-separated; a name's lower-case words must be read as a run of them.
# Levels and places (Luật Tổ chức chính quyền địa phương 2015, as amended 2025: tỉnh, thành phố trực thuộc trung ương;
# huyện, quận, thị xã, thành phố thuộc tỉnh; xã, phường, thị trấn, đặc khu; Thông tư 04/2012/TT-BNV: thôn, tổ dân phố),
# and a place phrase after a name ("trong tỉnh", "trên địa bàn", "đóng trên địa bàn", "từ Thanh Hóa đến Bình Thuận",
# "… trở ra", "ven biển", "biên giới", "phía Bắc", "miền núi", "đồng bằng sông Cửu Long").
_LEVELS = ("tỉnh, thành phố, trực thuộc, trung ương, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu, thôn, ấp, bản, "
           "làng, buôn, sóc, tổ dân phố, khu phố, khóm, xóm, cấp, cơ sở, địa phương, địa bàn, khu vực, vùng, miền, "
           "toàn quốc, cả nước, liên, toàn, trong, tại, ở, trên, thuộc, từ, đến, tới, trở ra, đóng, ven biển, biên giới, "
           "phía, bắc, nam, đông, tây, miền núi, đồng bằng, trung du, sông, ven, rừng, "
           # the levels of the health system (Luật Khám bệnh, chữa bệnh: "bệnh viện tuyến huyện")
           "tuyến")
# How a group of bodies is qualified (Luật Tổ chức chính quyền địa phương, Luật Viên chức, Nghị định 24/2014 and 37/2014:
# "cơ quan chuyên môn thuộc", "đơn vị sự nghiệp công lập trực thuộc", "các cơ quan, đơn vị có liên quan", "cơ quan ngang
# bộ"), and a group called back or set apart ("nêu trên", "này", "còn lại", the new communes "mới").
_QUALIFIERS = ("các, những, tất cả, mọi, và, của, có liên quan, liên quan, chuyên môn, chức năng, sự nghiệp, công lập, "
               "nhà nước, hành chính, thành viên, cấp trên, cấp dưới, cùng cấp, trực tiếp, quản lý, ngang, chuyên trách, "
               "nêu trên, này, còn lại, mới, phụ trách")  # ("kiểm lâm phụ trách địa bàn", "các ban, ngành phụ trách thôn")
# Heads of bodies and titles (Nghị định 30/2020/NĐ-CP, Phụ lục I: the names of bodies that issue documents; Hướng dẫn
# 36-HD/VPTW: those of the Party; the Mặt trận and its member organisations).
_HEADS = ("ủy ban, nhân dân, hội đồng, văn phòng, phòng, ban, sở, bộ, cục, chi cục, tổng cục, vụ, trung tâm, đài, trường, "
          "bệnh viện, trạm, công an, đảng ủy, đảng bộ, đảng đoàn, ban cán sự, chi bộ, đoàn, hội, chi hội, huyện ủy, "
          "thị ủy, tỉnh ủy, thành ủy, quận ủy, cấp ủy, chi ủy, đoàn ủy, ủy, mặt trận, tổ quốc, công đoàn, liên đoàn, đoàn thể, "
          "chính trị, chính trị - xã hội, xã hội, doanh nghiệp, lực lượng, chi nhánh, kho bạc, ngân hàng, viện, tòa án, "
          "thanh tra, kiểm sát, cơ quan, đơn vị, ngành, chủ đầu tư, đội, hạt, tổ, bảo hiểm xã hội, tập đoàn, "
          "tổng công ty, công ty, học viện, đại học, chỉ huy, chỉ đạo, thường vụ, thường trực, chấp hành, bí thư, "
          "chính phủ, quốc hội, chủ tịch, giám đốc, phó, thủ trưởng, trưởng, chánh, hiệu trưởng, bộ trưởng, đồng chí, "
          "người đứng đầu, lãnh đạo, chính quyền, bộ phận, quốc gia, trường học, nhà trường, chi, đảng, "
          # a count before a head ("hai Quận I và III", "ba xã")
          "một, hai, ba, bốn, năm, sáu, bảy, tám, chín, mười")
# Fields of the specialised bodies (Nghị định 24/2014 and 37/2014 as amended, 2020 and 2025: the Sở and Phòng; Nghị định
# 123/2016: the ministries; Hướng dẫn 36-HD/VPTW: the Party boards; the Mặt trận's members; Luật Giáo dục 2019: the levels
# of schools), often written in sentence case ("Sở Giáo dục, khoa học và công nghệ", "Trung tâm y tế huyện").
_FIELDS = ("nội vụ, tư pháp, kế hoạch, đầu tư, tài chính, công thương, nông nghiệp, phát triển, nông thôn, giao thông, "
           "vận tải, xây dựng, tài nguyên, môi trường, thông tin, truyền thông, lao động, thương binh, văn hóa, thể thao, "
           "du lịch, khoa học, công nghệ, giáo dục, đào tạo, y tế, ngoại vụ, ngoại giao, dân tộc, tôn giáo, kinh tế, "
           "hạ tầng, đô thị, quy hoạch, kiến trúc, quốc phòng, tổ chức, tuyên giáo, dân vận, kiểm tra, nội chính, "
           "phụ nữ, nông dân, cựu chiến binh, thanh niên, cộng sản, chữ thập đỏ, người cao tuổi, khuyến học, liên hiệp, "
           "thuế, hải quan, thống kê, kiểm lâm, thú y, bảo vệ thực vật, thủy lợi, thủy sản, lâm nghiệp, chăn nuôi, "
           "trồng trọt, thị trường, dự án, đất đai, đăng ký, quỹ, dịch vụ, phục vụ, hành chính công, truyền thanh, "
           "truyền hình, phát thanh, báo chí, xuất bản, bưu điện, dự phòng, kiểm soát bệnh tật, quân sự, biên phòng, "
           "bộ đội, cảnh sát, phòng cháy, chữa cháy, cứu nạn, cứu hộ, dân quân, tự vệ, vũ trang, mầm non, tiểu học, "
           "trung học, phổ thông, nhiều cấp học, cấp học, cao đẳng, trung cấp, nghề nghiệp, thường xuyên, nội trú, bán trú, chuyên, điều tra, "
           "tư vấn, nhân lực, an ninh, trật tự, điện lực, cấp thoát nước, "
           # bodies named by statute: Luật Phòng, chống thiên tai (Ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn),
           # Luật Lâm nghiệp (chủ rừng), Luật Ngân sách nhà nước (đơn vị sử dụng ngân sách), Luật Khám bệnh, chữa bệnh,
           # Luật Thi đua, khen thưởng, Luật Bầu cử (Ủy ban bầu cử), Luật Khí tượng thủy văn, Luật Báo chí (thông tin đại
           # chúng), the Government's programmes (cải cách hành chính, điều phối nông thôn mới), "tổ công tác"
           "phòng chống, phòng, chống, thiên tai, tìm kiếm, rừng, chủ rừng, sử dụng ngân sách, ngân sách, khám chữa bệnh, "
           "khám bệnh, chữa bệnh, thi đua, khen thưởng, bầu cử, khí tượng, thủy văn, đại chúng, cải cách, điều phối, "
           "công tác, tổng hợp, bồi dưỡng, tham mưu, "
           # Nghị định 35/2022 (Ban quản lý khu công nghiệp, khu chế xuất, khu kinh tế, khu công nghệ cao), Nghị định
           # 30/2017 (Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn), Luật Xây dựng (công trình), Quyết định
           # 1855/QĐ-TTg 2009 (Ban vì sự tiến bộ của phụ nữ), a programme board's period ("… giai đoạn 2021-2025"); the
           # public in a list ("… và các cá nhân"), which :data:`.patterns.PUBLIC` drops from it
           "khu, chế xuất, công nghiệp, công nghệ cao, ứng phó, sự cố, công trình, vì sự tiến bộ, giai đoạn, cá nhân, "
           # Luật Phòng thủ dân sự 2023, Luật Khí tượng thủy văn (cơ quan dự báo), Luật Đất đai (phát triển quỹ đất), Luật
           # Nhà ở (quản lý nhà đất và công trình công cộng), Luật Công an nhân dân (cảnh sát cơ động)
           "phòng thủ dân sự, dự báo, quỹ đất, nhà đất, công cộng, cơ động, "
           # persons and the public in a list ("…, cán bộ, công chức, viên chức Bộ Nội vụ", "các cơ quan, người dân"), which
           # :data:`.patterns.PEOPLE` and :data:`.patterns.PUBLIC` drop from it; a cell named by its members ("Chi đoàn
           # giáo viên"); "Vụ Tổ chức cán bộ"
           "cán bộ, công chức, viên chức, người dân, nhân dân, toàn thể, nhà dân, hộ dân, hộ gia đình, giáo viên, học sinh, sinh "
           "viên, đảng viên, đoàn viên, hội viên, báo cáo viên, cộng tác viên, bà con, "
           # Luật Các tổ chức tín dụng (ngân hàng thương mại), Quyết định 749/QĐ-TTg (tổ công nghệ số cộng đồng), "đóng chân
           # trên địa bàn"
           "thương mại, quốc doanh, công nghệ số, chuyển đổi số, cộng đồng, đóng chân, "
           # Luật Các tổ chức tín dụng 2024 ("tổ chức tín dụng", a bank's "phòng giao dịch", "chi nhánh
           # ngân hàng nước ngoài"), Luật Xây dựng ("đơn vị thi
           # công", the contractor), Luật Khoa học và Công nghệ ("viện nghiên cứu", "tổ chức nghiên cứu")
           "tín dụng, giao dịch, nước ngoài, thi công, nghiên cứu, "
           # Luật Đê điều, Luật Doanh nghiệp ("doanh nghiệp thuộc các thành phần kinh tế", "cơ sở sản xuất, kinh doanh", "xí nghiệp"),
           # Luật Giáo dục (nhóm trẻ, lớp mầm non độc lập), Luật Thủy lợi (hồ chứa, thủy điện), the armed forces (quân đội), a
           # committee's term ("cấp ủy khóa mới", "… khóa X"), the old "Sở Giao thông công chính"
           "thành phần kinh tế, sản xuất, kinh doanh, xí nghiệp, nhà máy, hợp tác xã, nhóm trẻ, nhóm lớp, lớp, độc lập, "
           "hồ chứa, thủy điện, đê điều, quân đội, khóa, nhiệm kỳ, công chính, "
           # Nghị định 83/2014/NĐ-CP ("thương nhân đầu mối kinh doanh xăng dầu": twenty-eighth session, heldout13 p19,
           # heldout14 q49)
           "thương nhân, đầu mối, xăng dầu")


def _phrases(*lists: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(retone(x).split()) for words in lists for x in words.replace(" - ", " ").split(","))


_NAME_PHRASES = _phrases(_LEVELS, _QUALIFIERS, _HEADS, _FIELDS)
_LONGEST = max(len(x) for x in _NAME_PHRASES)
_NAME_WORDS = frozenset(w for x in _NAME_PHRASES for w in x)  # for glued words only
_WORD = re.compile(r"[^\W\d_]+")
_SPACE = " \t\r\n-–"  # between two words of one phrase ("Lao động - Thương binh", a line broken inside a name)
_PIECE_END = re.compile(r"[,;]|\svà\s")
_LEADS_ON = re.compile(r"(?:\s+(?:các|những|và|cùng|của|trong|tại|ở|trên\s+cơ\s+sở|trên|từ|đến|với|về|theo|mỗi|người|"
                       r"một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|[0-9]+)|(?<!trực)\s+thuộc)+$", re.IGNORECASE)
# (a count leads on to its noun: "… Bắc bộ trong hai| ngày tới")
# Closed-class words no name goes on with: a copula, modal and aspect words, conjunctions, prepositions of purpose.
_FUNCTION_WORDS = frozenset(retone("là sẽ cũng đều vẫn luôn đã đang vừa thì mà nên nhưng hoặc hay nếu khi để vì do với cho "
                                   "bằng không chưa được bị phải cần nhằm rất").split())
_LEVEL_WORDS = frozenset(retone("tỉnh thành phố huyện quận thị xã phường trấn đặc khu thôn ấp trung ương").split())
_PREPOSITIONS = frozenset(retone("trên trong tại ở từ đến tới về theo thuộc của").split())
_LEVEL_ABBREVIATIONS = frozenset(["TP", "Tp", "TX", "Tx", "Q", "H"])
_TIME_TAIL = re.compile(r"(?:hiện\s+nay|hiện\s+tại|hiện|nay|đều|biết)\s*", re.IGNORECASE)
# Bodies set up for one task, named after it (Quyết định of each; Nghị định 30/2020 Phụ lục I names "Ban Chỉ đạo", "Hội
# đồng", "Tổ công tác" among the issuers): their name is the task's, in any words, up to where the duty starts; an
# association ("Hội", Nghị định 45/2010) is named by its members or its profession ("Hội Luật gia", "Hội nạn nhân chất độc da
# cam/dioxin"; not "xã hội", "Quốc hội", a "hội nghị").
_AD_HOC = re.compile(r"(?<!\w)(?:(?<!xã\s)(?<!quốc\s)hội(?!\s+(?:nghị|thảo|thi|diễn|họp)(?!\w))|ban\s+chỉ\s+đạo|bcđ|ban\s+tổ\s+chức|btc|hội\s+đồng|tổ\s+công\s+tác|tổ\s+giúp\s+việc|"
                     r"ban\s+chỉ\s+huy|tiểu\s+ban|ủy\s+ban\s+quốc\s+gia|ban\s+quản\s+lý|đoàn\s+(?:kiểm\s+tra|công\s+tác|"
                     r"giám\s+sát))(?!\w)", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)
def unnamed_word(units: str) -> int:
    """Where the first lower-case word of *units* (past its first word) that no body's name is built with starts; -1
    when every word fits the grammar (capitalised words, abbreviations, numbers and what is in brackets always do)."""
    words = list(_WORD.finditer(units))
    if len(words) < 2:
        return -1
    whole = _low(units)  # once: retone() keeps the length, lower() almost always does
    lows = [whole[m.start():m.end()] for m in words] if len(whole) == len(units) else [_low(m.group()) for m in words]
    joined = [i > 0 and not units[words[i - 1].end():m.start()].strip(_SPACE) for i, m in enumerate(words)]
    read = _Read(lows, joined)
    depth = 0
    last = 0
    excused = -1
    field = False  # inside a field opened by a capitalised word and written on in lower case ("Cục Nghệ thuật biểu diễn")
    for i, m in enumerate(words):
        between = units[last:m.start()]
        depth = max(0, depth + between.count("(") - between.count(")"))
        last = m.end()
        word = m.group()
        low = lows[i]
        if i == 0 or depth:
            continue
        if not word[0].islower():
            field = _opens_field(words, lows, i)
            continue
        if low == "trên" and lows[i + 1:i + 3] == ["cơ", "sở"] and i + 3 < len(words) and lows[i + 3] not in _NAME_WORDS:
            return m.start()  # "các cấp ủy, tổ chức đảng | trên cơ sở kết quả Đại hội …": a reason ("on the basis of"), no place
        if low == "cùng" and i + 1 < len(words) and (lows[i + 1] == "các" or not words[i + 1].group()[0].islower()):
            field = False  # "các bộ, cơ quan trung ương cùng các địa phương", "MTTQ cùng các tổ chức …": a list's joint, as
            continue  # "và" is (twenty-eighth session: heldout8 w16, heldout10 d02, heldout12 f37)
        if low in _FUNCTION_WORDS and not read.covered(i) and not (low == "với" and joined[i] and lows[i - 1] == "cùng"):
            return m.start()  # "Phòng Văn hóa và Thông tin | là đầu mối": no name goes on with a copula or a conjunction
        if not joined[i] or low in _LEVEL_WORDS or low in _PREPOSITIONS:
            field = False  # a comma ends a field, a level word or a preposition starts the place ("… Môi trường | trên cơ sở")
        if field or read.covered(i):
            continue
        start = piece_start(units, m.start())
        if _AD_HOC.search(units, start, m.start()):
            return -1  # "Ban Chỉ đạo các ngày lễ lớn", "Hội Luật gia": named by its task or its members, in any words
        if excused == start:
            continue  # … and the rest of its piece
        if start > 0 and not units[start:m.start()].strip(" -").replace("các", "").strip():
            excused = start
            continue  # "các địa phương, đợn vị", "… và các đối tượng mua vé": a new piece whose head the heads above do not
            # hold is left as written, as it was before this grammar
        if _glued(low) or _capital_after(units, m.end()):
            continue
        if low in _NAME_WORDS and (i + 1 == len(words) or _glued(lows[i + 1])):
            continue  # "Ủy ban nhân dântỉnh": a name's word before a glued one; "Các xã thị|": a name cut where the scan ends
        return m.start()
    return -1


class _Read:
    """Which words a name phrase takes, read from any word (a field's first word is capitalised: "Sở Tài nguyên và Môi
    trường" reads "tài nguyên"), asked only of the words that need it."""

    def __init__(self, lows: list[str], joined: list[bool]) -> None:
        self.lows, self.joined = lows, joined
        self.longest: dict[int, int] = {}

    def covered(self, i: int) -> bool:
        if (self.lows[i],) in _NAME_PHRASES:
            return True  # most words: a phrase of one word
        return any(self._longest(j) > i - j for j in range(max(0, i - _LONGEST + 1), i + 1))

    def _longest(self, j: int) -> int:
        """How many words from *j* one name phrase takes (0: none), read over spaces and hyphens only."""
        if j not in self.longest:
            end = j + 1
            while end < min(j + _LONGEST, len(self.lows)) and self.joined[end]:
                end += 1
            self.longest[j] = next((n for n in range(end - j, 0, -1) if tuple(self.lows[j:j + n]) in _NAME_PHRASES), 0)
        return self.longest[j]


def _opens_field(words: list[re.Match[str]], lows: list[str], i: int) -> bool:
    """Whether the capitalised *words[i]* may be written on in lower case: a Title-case word of a field ("Nghệ| thuật
    biểu diễn", "Chính| sách xã hội"), not an abbreviation ("GD&ĐT", "HCM": whole names) nor a place's name after its level
    word ("TP Hà Nội", "xã Thường Xuân": a name ends with its place) nor a level itself ("Trung ương", "Thành phố")."""
    word = words[i].group()
    text = words[i].string
    if not word[1:].islower() or text[words[i].end():words[i].end() + 1] in ("&", "."):
        return False
    if lows[i] in _LEVEL_WORDS:
        return False
    j = i
    while j > 0 and _title(words[j - 1].group()) and not text[words[j - 1].end():words[j].start()].strip():
        j -= 1  # the start of the run of Title-case words
    return j == 0 or (lows[j - 1] not in _LEVEL_WORDS and words[j - 1].group() not in _LEVEL_ABBREVIATIONS)


def cut_at(units: str, pos: int) -> str:
    """*units* ended before *pos*, without the words that only lead on to what was cut ("… Bắc bộ trong", "… trên cơ sở")."""
    return _LEADS_ON.sub("", units[:pos].rstrip(" ,;-"))


def time_tail(units: str, pos: int) -> bool:
    """Whether all of *units* from *pos* is an adverb between a subject and its verb ("Ban thường vụ tỉnh, thành ủy trực
    thuộc Trung ương | hiện nay | chỉ đạo …", "Cấp ủy từ xã đến Chi bộ | đều …") or the writer's "để A | biết, thực hiện":
    the name ends before it, settled."""
    return _TIME_TAIL.fullmatch(units, pos) is not None


def _glued(low: str) -> bool:
    """Whether *low* (a word, lower-cased) is two name words glued by a copy that lost a space ("dântỉnh", "cáchuyện")."""
    return any(low[:i] in _NAME_WORDS and low[i:] in _NAME_WORDS for i in range(1, len(low)))


def _capital_after(units: str, pos: int) -> bool:
    """Whether a capitalised word follows *pos* in the same list piece: a field written in sentence case runs on to a
    place or a proper name ("Trung tâm bồi dưỡng chính trị quận Hà Đông", "Ban Chỉ đạo các chương trình … Hà Nội")."""
    end = _PIECE_END.search(units, pos)
    return any(w[0].isupper() for w in _WORD.findall(units, pos, end.start() if end else len(units)))


def piece_start(units: str, pos: int, conj: bool = True) -> int:
    """Where the list piece holding *pos* starts, past its "," or ";" or (*conj*) "và" (0: the first piece)."""
    at = units.rfind(" và ", 0, pos) if conj else -1
    return max(units.rfind(",", 0, pos) + 1, units.rfind(";", 0, pos) + 1, at + 4 if at != -1 else 0)


def _low(word: str) -> str:
    """*word* lower-cased, its tone marks placed as the vocabularies write them, "ð" (Icelandic eth, a copy's "Đ") as "đ"."""
    return retone(word.lower()).replace("ð", "đ")


def _title(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())
