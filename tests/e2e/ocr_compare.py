"""What OCR read from a screenshot, compared with what should be on it (tests/e2e/languages.sh).

  ocr_compare.py similarity LANG CARD.md OCR.txt
      Compares a card's text (its title and body) with what OCR read, and prints two figures:
      characters: the share of the card's letters, spaces left out, that OCR read in order
        (difflib's matching blocks, so the screen's other words do not lower it);
      words: the share of the card's words that OCR read as words.
  ocr_compare.py contains LANG PHRASE OCR.txt...
      Exits 0 when one of the OCR texts holds the phrase, spaces and punctuation aside.
  ocr_compare.py numbers LANG OCR.txt
      The numbers OCR read, in any digits, as ASCII.
  ocr_compare.py side LANG CARD.md OCR.tsv WIDTH
      Finds the card's words in tesseract's word boxes and prints how many it found and what
      share of them lie right and left of the middle of a screen WIDTH pixels wide.
  ocr_compare.py white-text LANG SHOT.png OUT.pgm
      Keeps only the pure white of a screenshot, drawn black on white. Tesseract reads no
      words on the filled buttons (Back, Home, Hide screen: white on the calm theme's deep
      green), and that white is the only one on a calm screen (its paper is #F7F3EC).

LANG is tesseract's name for the language (ara, urd, ben, cym). Texts are compared
normalised: Unicode NFKC (Arabic presentation forms become letters), every kind of digit as
ASCII, case folded, punctuation and symbols dropped; for Arabic and Urdu also the marks OCR
leaves out or adds (tashkeel, superscript alef, tatweel) and the letter variants it confuses
(Arabic and Farsi yeh, alef maksura, Urdu bari ye; kaf and keheh; heh, heh goal, heh
doachashmee, teh marbuta; alef with hamza or madda; waw with hamza).
"""
import difflib, re, struct, sys, unicodedata, zlib

DIGITS = {}
for zero in (0x660, 0x6F0, 0x9E6):  # Arabic-Indic, Extended Arabic-Indic (Urdu), Bengali
    DIGITS.update({zero + i: str(i) for i in range(10)})
ARABIC_VARIANTS = str.maketrans({
    'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ئ': 'ي',
    'ک': 'ك', 'گ': 'ك',
    'ہ': 'ه', 'ۂ': 'ه', 'ۃ': 'ه', 'ة': 'ه', 'ھ': 'ه', 'ە': 'ه',
    'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و',
})

def words(text, lang):
    s = unicodedata.normalize('NFKC', text).translate(DIGITS)
    if lang in ('ara', 'urd'):
        s = s.translate(ARABIC_VARIANTS)
        s = ''.join(c for c in s if not ('\u064B' <= c <= '\u065F' or c in '\u0670\u0640'
                                         or '\u06D6' <= c <= '\u06ED'))
    s = unicodedata.normalize('NFC', s).casefold()
    return ''.join(' ' if unicodedata.category(c)[0] in 'PSZC' else c for c in s).split()

def card_text(path):
    _, front, body = re.split(r'^\+\+\+\s*$', open(path, encoding='utf-8-sig').read(), maxsplit=2, flags=re.M)
    return re.search(r'^title\s*=\s*"(.*)"\s*$', front, re.M).group(1) + '\n' + body

def white_text(png, out):
    data = open(png, 'rb').read()
    width, height, depth, colour, _, _, interlace = struct.unpack('>IIBBBBB', data[16:29])
    if depth != 8 or interlace or colour not in (2, 6):
        sys.exit(f'{png}: not an 8-bit RGB or RGBA PNG')
    n = 3 if colour == 2 else 4
    idat, i = b'', 8
    while i < len(data):
        size, kind = struct.unpack('>I4s', data[i:i + 8])
        if kind == b'IDAT':
            idat += data[i + 8:i + 8 + size]
        i += 12 + size
    raw, stride = zlib.decompress(idat), width * n
    above, pixels = bytearray(stride), bytearray()
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):  # PNG's row filters undone
            left, up = (row[x - n] if x >= n else 0), above[x]
            up_left = above[x - n] if x >= n else 0
            if kind == 1: row[x] = (row[x] + left) & 255
            elif kind == 2: row[x] = (row[x] + up) & 255
            elif kind == 3: row[x] = (row[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - up_left
                near = min((abs(p - left), 0, left), (abs(p - up), 1, up), (abs(p - up_left), 2, up_left))[2]
                row[x] = (row[x] + near) & 255
        above = row
        pixels += bytes(0 if min(row[x:x + 3]) >= 242 else 255 for x in range(0, stride, n))
    open(out, 'wb').write(b'P5 %d %d 255\n' % (width, height) + bytes(pixels))

mode, lang = sys.argv[1], sys.argv[2]
if mode == 'white-text':
    white_text(sys.argv[3], sys.argv[4])
    sys.exit(0)
if mode == 'numbers':
    text = unicodedata.normalize('NFKC', open(sys.argv[3], encoding='utf-8', errors='replace').read())
    print(' '.join(re.findall(r'[0-9]+', text.translate(DIGITS))))
    sys.exit(0)
if mode == 'side':
    want = set(words(card_text(sys.argv[3]), lang))
    centres = []
    with open(sys.argv[4], encoding='utf-8', errors='replace') as tsv:
        for row in tsv:
            f = row.rstrip('\n').split('\t')
            if len(f) == 12 and f[0] == '5' and want.intersection(words(f[11], lang)):
                centres.append(int(f[6]) + int(f[8]) / 2)
    right = sum(c > int(sys.argv[5]) / 2 for c in centres)
    share = right / len(centres) if centres else 0
    print(f'{len(centres)} {share:.2f} {1 - share if centres else 0:.2f}')
    sys.exit(0)
if mode == 'contains':
    phrase = ''.join(words(sys.argv[3], lang))
    sys.exit(0 if any(phrase in ''.join(words(open(f, encoding='utf-8', errors='replace').read(), lang))
                      for f in sys.argv[4:]) else 1)
got = words(open(sys.argv[4], encoding='utf-8', errors='replace').read(), lang)
want = words(card_text(sys.argv[3]), lang)
a, b = ''.join(want), ''.join(got)
matched = sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
print(f'{matched / len(a):.2f} {sum(w in set(got) for w in want) / len(want):.2f}')
