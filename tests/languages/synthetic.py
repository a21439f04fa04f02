#!/usr/bin/env python3
"""Writes the synthetic records of fixtures/{fr,es,ru,ar,zh,de}: invented
meetings laid out as `pdftotext -enc UTF-8` lays out a UN verbatim record
(cover page, form feeds, running heads and footers, two-column lines
hard-wrapped to the column's measure, a paragraph's first line short by its
indent, no blank line between paragraphs). The content lives in
synthetic_content.py; this file only lays it out. Run it from anywhere:

    python3 tests/languages/synthetic.py

It rewrites the fixtures; the tests in tests/languages read them and check the
reading their READMEs describe. Widths are measured as the converter measures
them (core/text.cpp typesetWidth: Times New Roman advance widths, its Latin
supplement and Cyrillic as Liberation Serif has them), so that a
full line is full and an indented line is short to the converter too.
"""
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import synthetic_content  # noqa: E402

TIMES = [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541]
# U+00A0 to U+017F and U+0400 to U+045F, as core/text.cpp has them.
LATIN_SUPPLEMENT = [
    250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 500,
    400, 549, 300, 300, 333, 576, 453, 250, 333, 300, 310, 500, 750, 750, 750, 444,
    722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
    722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722, 556, 500,
    444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 500, 500, 500, 500, 500, 500, 549, 500, 500, 500, 500, 500, 500, 500, 500,
    722, 444, 722, 444, 722, 444, 667, 444, 667, 444, 667, 444, 667, 444, 722, 646,
    722, 500, 611, 444, 611, 444, 611, 444, 611, 444, 611, 444, 722, 500, 722, 500,
    722, 500, 722, 500, 722, 500, 722, 500, 333, 278, 333, 278, 333, 278, 333, 278,
    333, 278, 708, 552, 389, 278, 722, 500, 500, 611, 278, 611, 278, 611, 406, 611,
    344, 611, 278, 722, 500, 722, 500, 722, 500, 604, 702, 495, 722, 500, 722, 500,
    722, 500, 889, 722, 667, 333, 667, 333, 667, 333, 556, 389, 556, 389, 556, 389,
    556, 389, 611, 278, 611, 427, 611, 278, 722, 500, 722, 500, 722, 500, 722, 500,
    722, 500, 722, 500, 944, 722, 722, 500, 722, 611, 444, 611, 444, 611, 444, 278,
]
CYRILLIC = [
    611, 611, 752, 578, 660, 556, 333, 333, 389, 872, 872, 741, 667, 722, 708, 722,
    722, 574, 667, 578, 682, 611, 896, 501, 722, 722, 667, 678, 889, 722, 722, 722,
    556, 667, 611, 708, 790, 722, 722, 650, 1009, 1009, 706, 872, 574, 660, 1028, 667,
    444, 509, 472, 410, 509, 444, 691, 395, 535, 535, 486, 499, 633, 535, 500, 535,
    500, 444, 437, 500, 648, 500, 535, 503, 770, 770, 517, 672, 456, 429, 747, 460,
    444, 444, 483, 410, 429, 389, 278, 278, 278, 727, 723, 500, 486, 535, 500, 535,
]
SPECIAL = {0x2018: 333, 0x2019: 333, 0x201C: 444, 0x201D: 444, 0x201E: 444, 0x2010: 333,
           0x2011: 333, 0x2013: 500, 0x2014: 1000, 0x2026: 1000, 0x2116: 954}


def glyph(c):
    o = ord(c)
    if 0x20 <= o < 0x7F:
        return TIMES[o - 0x20]
    if 0xA0 <= o < 0x180:
        return LATIN_SUPPLEMENT[o - 0xA0]
    if 0x400 <= o < 0x460:
        return CYRILLIC[o - 0x400]
    if o in SPECIAL:
        return SPECIAL[o]
    if unicodedata.east_asian_width(c) in ('W', 'F'):
        return 1000
    return 722 if c.isupper() else 500


def width(s):
    return sum(glyph(c) for c in s)


# The column's measure, in thousandths of an em: about fifty Latin letters.
MEASURE = 22500
# A paragraph's first line loses the indent (about a tenth of the measure).
INDENT = 0.12


def wrap(text, indented=True, measure=MEASURE):
    """Greedy wrapping, as a justified column sets the words."""
    if synthetic_content.TIGHT.get(CURRENT, False):
        return wrap_tight(text, indented)
    limit = measure * (1 - INDENT) if indented else measure
    lines, current = [], ''
    for word in text.split(' '):
        candidate = word if not current else current + ' ' + word
        if current and width(candidate) > limit:
            lines.append(current)
            current, limit = word, measure
        else:
            current = candidate
    lines.append(current)
    return lines


def wrap_tight(text, indented):
    """Chinese: 23 characters a column line, the first two short (the 2-em indent)."""
    per_line = 23
    first = per_line - 2 if indented else per_line
    lines, current, limit = [], '', first
    for c in text:
        if width(current + c) > limit * 1000:
            lines.append(current)
            current, limit = '', per_line
        current += c
    lines.append(current)
    return lines


def warn_ambiguous(lines):
    """A line short of the measure after a line that ends a sentence reads as a
    paragraph's (indented) first line: from the text alone nobody can tell the
    two apart (the printed page shows the indent; the extraction does not). The
    records avoid it; this says where the wording must change."""
    if synthetic_content.TIGHT.get(CURRENT, False):
        return
    for i in range(1, len(lines) - 1):
        if lines[i - 1].rstrip()[-1:] in '.?!:;' and width(as_read(lines[i])) < 0.9 * MEASURE:
            print(f'warning: {CURRENT}: ambiguous paragraph start: {lines[i]!r}', file=sys.stderr)


def as_read(text):
    """What a reader keeps of printed text: no-break spaces are spaces."""
    return text.replace('\u00a0', ' ').replace('\u202f', ' ')


def body_lines(blocks):
    """The printed lines of the body, and the reading a person makes of it (the
    outline the tests compare the converter's reading with)."""
    out, outline = [], []
    for block in blocks:
        kind = block[0]
        if kind == 'heading':
            out += wrap(block[1], indented=False)
            outline.append(f'heading {as_read(block[1])}')
        elif kind == 'section':
            outline.append(f'section {block[1]}')
        elif kind == 'narrative':  # ('narrative', kind, text, [times])
            out += wrap(block[2], indented=False)
            times = ''.join(f' [{t}]' for t in block[3]) if len(block) > 3 else ''
            outline.append(f'narrative {block[1]}{times} {as_read(block[2])}')
        elif kind == 'speech':  # ('speech', label, who, [items])
            label, who, items = block[1], block[2], block[3]
            outline.append(f'speech {who}')
            first = True
            for item in items:
                if isinstance(item, tuple) and item[0] == 'switch':
                    out += wrap(item[1], indented=False)
                    outline.append(f'  switch {item[2]}')
                    continue
                national = isinstance(item, tuple) and item[0] == 'national'
                text = item[1] if national else item
                joiner = '' if synthetic_content.TIGHT.get(CURRENT, False) else ' '
                printed = label + joiner + text if first else text
                wrapped = wrap(printed, indented=True)
                warn_ambiguous(wrapped)
                out += wrapped
                outline.append(('  p* ' if national else '  p ') + as_read(text))
                first = False
        elif kind == 'vote':  # ('vote', [(label, members, ids)])
            outline.append('vote')
            for label, members, ids, choice in block[1]:
                out += wrap(label, indented=False)
                out += wrap(members, indented=False)
                outline.append(f'  {choice} {" ".join(ids) if ids else "-"}')
        else:
            raise ValueError(kind)
    return out, outline


def pages(record):
    lines, _ = body_lines(record['body'])
    per_page = record.get('lines_per_page', 36)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    total = len(chunks) + 1
    out = []
    for index, chunk in enumerate(chunks):
        number = index + 2
        page = []
        # Even pages carry the symbol in their head, odd pages the date; the
        # footer's page number and job number come apart or joined by a
        # backspace, as pdftotext gives them.
        if number % 2 == 0:
            page += [record['symbol'], '', record['head_title'], '']
            page += chunk
            page += ['', f'{number}/{total}\b', '', record['job']]
        else:
            page += [record['head_date'], '', record['head_title'], '']
            page += chunk
            page += ['', f'{record["job"]}\b{number}/{total}', '']
        out.append('\n'.join(page) + '\n')
    return out


def render(record):
    cover = '\n'.join(record['cover']) + '\n'
    return '\f'.join([cover] + pages(record)) + '\f'


CURRENT = None


def main():
    global CURRENT
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
    for language, record in synthetic_content.RECORDS.items():
        CURRENT = language
        text = render(record)
        for name, variant in [(record['file'], text)] + [
                (file, transform(text)) for file, transform in record.get('variants', [])]:
            path = os.path.join(root, 'fixtures', language, name)
            with open(path, 'w', encoding='utf-8', newline='\n') as f:
                f.write(variant)
            print(path, len(variant.splitlines()), 'lines')
        if record.get('expected_head') is None:
            continue  # no profile, no reading to state: the test checks its shape
        _, outline = body_lines(record['body'])
        total = len(pages(record)) + 1
        head = record['expected_head'] + [f'pages {" ".join(str(n) for n in range(2, total + 1))}']
        expected = os.path.join(root, 'fixtures', language, 'expected',
                                record['file'].replace('.txt', '.reading.txt'))
        os.makedirs(os.path.dirname(expected), exist_ok=True)
        with open(expected, 'w', encoding='utf-8', newline='\n') as f:
            f.write('\n'.join(head + outline) + '\n')
        print(expected)


if __name__ == '__main__':
    main()
