#include "epub/style.hpp"

namespace verbatim::epub {
namespace {

// What differs between scripts, as data.
struct ScriptStyle {
  Script script;
  std::string_view comment;
  // Ends in a generic family: no font is embedded, so the reading system's
  // own face for the script is the last resort.
  std::string_view fontFamily;
  std::string_view lineHeight;
  std::string_view hyphens;         // "auto": by the language on <html lang>
  std::string_view lineBreak;       // CSS line-break
  std::string_view textIndent;      // of paragraphs
  std::string_view proceduralFont;  // font-style of procedural lines
};

constexpr ScriptStyle kStyles[] = {
    {Script::Han,
     "Chinese: strict line breaking (no line starts with closing punctuation), no "
     "hyphenation, no italics (Chinese type has none), a two-character indent.",
     "\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", \"SimSun\", serif", "1.8",
     "none", "strict", "2em", "normal"},
    {Script::Arabic,
     "Arabic: a Naskh face, generous leading for the marks above and below the line, no "
     "letter-spacing (it breaks the joins), no italics.",
     "\"Noto Naskh Arabic\", \"Amiri\", \"Traditional Arabic\", \"Times New Roman\", serif", "1.8",
     "none", "auto", "0", "normal"},
    {Script::Latin,
     "Latin script: hyphenation by the language of the document, procedural lines in italics "
     "as printed.",
     "\"Times New Roman\", \"Noto Serif\", \"Liberation Serif\", serif", "1.5", "auto", "auto", "0",
     "italic"},
    {Script::Cyrillic,
     "Cyrillic script: hyphenation by the language of the document, procedural lines in "
     "italics as printed.",
     "\"Times New Roman\", \"Noto Serif\", \"PT Serif\", serif", "1.5", "auto", "auto", "0",
     "italic"},
};

constexpr std::string_view kShared = R"(html {
  text-align: start;
}
body {
  margin: 0 1em;
}
h1 {
  font-size: 1.5em;
  line-height: 1.3;
  margin: 1em 0 0.6em;
}
h2 {
  font-size: 1.25em;
  line-height: 1.3;
  margin: 1.4em 0 0.6em;
}
h3 {
  font-size: 1.1em;
  line-height: 1.3;
  margin: 0.8em 0 0.6em;
}
p {
  margin: 0 0 0.6em;
}
.speech {
  margin: 0 0 1em;
}
.speaker {
  font-weight: bold;
}
.procedural {
  margin: 0.8em 0;
}
.symbol {
  text-align: end;
  font-family: sans-serif;
  text-indent: 0;
}
dl.meeting dt {
  font-weight: bold;
}
dl.meeting dd {
  margin: 0 0 0.4em;
}
ol.agenda {
  list-style: none;
  padding-inline-start: 0;
}
ol.agenda .subitem {
  display: block;
}
.status,
.session {
  margin: 0;
  text-indent: 0;
}
table.members {
  border-collapse: collapse;
  margin: 0.8em 0;
}
table.members caption {
  font-weight: bold;
  text-align: start;
}
table.members th {
  font-weight: normal;
  text-align: start;
  padding: 0.1em 0.5em;
}
table.vote {
  border-collapse: collapse;
  margin: 0.8em 0;
}
table.vote caption {
  font-weight: bold;
  text-align: start;
  margin-bottom: 0.3em;
}
table.vote th,
table.vote td {
  vertical-align: top;
  text-align: start;
  padding: 0.2em 0.5em;
}
table.vote th {
  white-space: nowrap;
}
p.result-row {
  margin: 0;
  font-variant-numeric: tabular-nums;
}
)";

}  // namespace

std::string styleSheet(Script script) {
  const ScriptStyle* style = &kStyles[0];
  for (const auto& candidate : kStyles)
    if (candidate.script == script) style = &candidate;
  std::string css = "@charset \"UTF-8\";\n/* verbatim: a United Nations verbatim record. */\n";
  css += kShared;
  css += "\n/* " + std::string(style->comment) + " */\n";
  css += "html {\n  font-family: " + std::string(style->fontFamily) + ";\n";
  css += "  line-height: " + std::string(style->lineHeight) + ";\n";
  css += "  line-break: " + std::string(style->lineBreak) + ";\n";
  css += "  -epub-hyphens: " + std::string(style->hyphens) + ";\n";
  css += "  hyphens: " + std::string(style->hyphens) + ";\n";
  css += "  letter-spacing: normal;\n}\n";
  css += "p {\n  text-align: justify;\n  text-indent: " + std::string(style->textIndent) + ";\n}\n";
  css += ".titlepage p,\n.speech .lang-switch,\n.speech .result-row {\n  text-indent: 0;\n}\n";
  css +=
      ".procedural,\n.lang-note {\n  font-style: " + std::string(style->proceduralFont) + ";\n}\n";
  return css;
}

}  // namespace verbatim::epub
