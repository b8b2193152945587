"""What a scripted session said aloud, from the raw audio SDL's disk driver wrote (signed 16-bit
little-endian stereo at 44100 Hz) or a WAV file (espeak-ng -w). Used by tests/e2e/read_aloud.sh.
Plain python (no numpy): loud parts are found a 10 ms block at a time, and only those blocks
are looked at sample by sample.

  speech_audio.py readings FILE
      One line per reading (sound parted from the next by at least 2 s of silence): its start
      and its speech length in seconds, from its first to its last sample above 1% of the
      file's peak (-40 dB, so a quieter voice is measured the same way as a louder one).
  speech_audio.py hide A.raw B.raw LISTEN_TO_HIDE_S
      B is A's session with "Hide screen" tapped LISTEN_TO_HIDE_S seconds (press to press)
      after "Listen". Both are aligned at their first sound (the file's leading silence is of
      no fixed length), then B must equal A sample for sample until within one audio buffer
      (512 frames) of the hide, and be all zero from there to its end.
  speech_audio.py guide VOICE.raw TONES.raw INHALE EXHALE SECONDS CUE_IN.wav CUE_OUT.wav
      VOICE.raw is a breathing exercise with the voice guide on, TONES.raw one with its tones.
      Finds the onsets in VOICE.raw (a sound after at least 0.5 s of silence) and checks that
      there is one for each phase of the whole exercise, each within 15 ms of the schedule
      (first onset + 0, INHALE, INHALE + EXHALE, ...). Then checks the cues are spoken words,
      not the tones: TONES.raw's cues are the tone files themselves (correlation near 1) and
      die away in one sound, while the voice's cues are not (correlation near 0) and are two
      words, two bursts of sound with a dip of at least 10 dB between them.

Exits 1 with a line starting FAIL: when a check fails.
"""
import array, math, sys, wave

RATE = 44100
BUFFER = 512          # frames in one of the kiosk's audio buffers (Mix_OpenAudio)
BLOCK = RATE // 100   # 10 ms


def fail(message):
    print('FAIL: ' + message)
    sys.exit(1)


def read(path):
    """(left channel as array('h'), all interleaved samples, rate) of a .raw or .wav file."""
    samples = array.array('h')
    if path.endswith('.wav'):
        with wave.open(path) as w:
            if w.getsampwidth() != 2:
                fail(f'{path} is not 16-bit')
            samples.frombytes(w.readframes(w.getnframes()))
            channels, rate = w.getnchannels(), w.getframerate()
    else:
        with open(path, 'rb') as f:
            samples.frombytes(f.read())
        channels, rate = 2, RATE
    if sys.byteorder != 'little':
        samples.byteswap()
    return samples[0::channels], samples, rate


def peak(x):
    return max(max(x, default=0), -min(x, default=0))


def loud_runs(x, threshold, gap):
    """(first, last) sample above threshold of each sound, sounds parted by >= gap samples."""
    runs = []
    for b in range(0, len(x), BLOCK):
        block = x[b:b + BLOCK]
        if max(block) <= threshold and -min(block) <= threshold:
            continue
        loud = [i for i, v in enumerate(block) if abs(v) > threshold]
        first, last = b + loud[0], b + loud[-1]
        if runs and first - runs[-1][1] < gap:
            runs[-1][1] = last
        else:
            runs.append([first, last])
    return runs


def first_nonzero(x):
    for b in range(0, len(x), BLOCK):
        block = x[b:b + BLOCK]
        if max(block) or min(block):
            return b + next(i for i, v in enumerate(block) if v)
    return None


def readings(path):
    x, _, rate = read(path)
    threshold = peak(x) / 100
    for first, last in loud_runs(x, threshold, 2 * rate):
        print(f'{first / rate:.3f} {(last - first) / rate:.3f}')


def hide(path_a, path_b, listen_to_hide):
    _, a, _ = read(path_a)
    _, b, _ = read(path_b)
    fa, fb = first_nonzero(a[0::2]), first_nonzero(b[0::2])
    if fa is None or fb is None:
        fail('a session wrote only silence')
    a, b = a[2 * fa:], b[2 * fb:]  # frame 0: the first sound, "Listen"'s buffer
    n = min(len(a), len(b))
    step = 2 * BLOCK
    # The first frame where B leaves A (compared a block at a time, then sample by sample).
    differ = n
    for s in range(0, n, step):
        if a[s:s + step] != b[s:s + step]:
            differ = s + next(i for i, (u, v) in enumerate(zip(a[s:s + step], b[s:s + step])) if u != v)
            break
    differ //= 2
    if differ * 2 >= n:
        fail('B never leaves A: hiding the screen did not change what was heard')
    after = b[2 * differ:]
    if max(after) or min(after):
        loud = next(i for i, v in enumerate(after) if v) // 2
        fail(f'B leaves A at {differ} frames but is not silent after: sound at {differ + loud} frames')
    # Both taps act the same time after their press, at a buffer's start: the voice stops
    # LISTEN_TO_HIDE_S after it started, give or take one buffer.
    expected = listen_to_hide * RATE
    low, high = expected - BUFFER, expected + BUFFER
    lb = loud_runs(b[0::2], 100, RATE)
    last = lb[-1][1] if lb else 0
    print(f'voice started at frame {fa} of A, {fb} of B (leading silence differs: {fb - fa:+d} frames)')
    print(f'B equals A for {differ} frames ({differ / RATE:.4f} s) after the voice started, then is all zero '
          f'for {len(after) // 2} frames ({len(after) / 2 / RATE:.3f} s)')
    print(f'  Listen to Hide screen: {listen_to_hide:.3f} s = {expected:.0f} frames; silence must start within '
          f'one buffer of it: {low:.0f}..{high:.0f} frames; it starts {differ - expected:+.0f} frames from it')
    print(f'  last sound of B above 100: {last} frames ({last / RATE:.3f} s) after the first')
    if not low <= differ <= high:
        fail(f'B is silent from {differ} frames after the voice started, not within {low:.0f}..{high:.0f}')
    if last < 1.5 * RATE:
        fail(f'B fell silent {last / RATE:.3f} s after the voice started, before the hide')
    if peak(a[2 * differ:2 * (differ + RATE)]) < 1000:
        fail('A is quiet where B stops too: the reading had a pause there, so this proves nothing')


def syllables(x):
    """Bursts of sound in x: 10 ms levels that rise again, past a quarter of the peak, after
    falling at least 10 dB below the burst before them."""
    levels = [math.sqrt(sum(v * v for v in x[i:i + BLOCK]) / BLOCK) for i in range(0, len(x) - BLOCK + 1, BLOCK)]
    top = max(levels, default=0)
    count, in_burst, high, low = 0, False, 0.0, 0.0  # the sound starts as if after silence
    for v in levels:
        if in_burst:
            high = max(high, v)
            if v < high / math.sqrt(10):  # 10 dB down: the burst is over
                in_burst, low = False, v
        else:
            low = min(low, v)
            if v > 0.25 * top and v > 3 * low:
                count, in_burst, high = count + 1, True, v
    return count


def correlation(x, y):
    n = min(len(x), len(y))
    xy = sum(u * v for u, v in zip(x[:n], y[:n]))
    xx = sum(u * u for u in x[:n])
    yy = sum(v * v for v in y[:n])
    return xy / math.sqrt(xx * yy) if xx and yy else 0.0


def guide(voice_path, tones_path, inhale, exhale, seconds, cue_in_path, cue_out_path):
    x, _, _ = read(voice_path)
    onsets = [first for first, _ in loud_runs(x, 100, RATE // 2)]
    boundaries = []
    t = 0.0
    while t < seconds - 1e-9:
        boundaries += [t, t + inhale]
        t += inhale + exhale
    if len(onsets) != len(boundaries):
        fail(f'{len(onsets)} sounds in the voice guide, {len(boundaries)} phases in {seconds:.0f} s: '
             + ' '.join(f'{(o - onsets[0]) / RATE:.3f}' for o in onsets))
    worst = 0.0
    for k, (onset, boundary) in enumerate(zip(onsets, boundaries)):
        off = abs((onset - onsets[0]) / RATE - boundary) * 1000
        worst = max(worst, off)
        if off > 15:
            fail(f'voice cue {k} at {(onset - onsets[0]) / RATE:.4f} s, its phase starts at {boundary:.3f} s')
    print(f'{len(onsets)} spoken cues over {seconds:.0f} s, one per phase, each within {worst:.2f} ms of its '
          f'boundary (the last at {(onsets[-1] - onsets[0]) / RATE:.3f} s, due at {boundaries[-1]:.1f} s)')

    tones, _, _ = read(tones_path)
    tone_onsets = [first for first, _ in loud_runs(tones, 100, RATE // 2)]
    cue_in, _, _ = read(cue_in_path)
    cue_out, _, _ = read(cue_out_path)
    length = int(0.5 * RATE)

    def describe(signal, at, k):
        tone = cue_in if k % 2 == 0 else cue_out
        cue = signal[at:at + len(tone) + RATE // 10]
        return correlation(cue[:length], tone[:length]), syllables(cue)

    # Every cue starts at its exact frame, counted from the first cue's; the first sound is a
    # sample or two into a cue (a tone's attack starts from zero), so the first cue is lined up
    # with its tone file where they agree best, and the voice's given the same chance.
    def first_cue(signal):
        near = first_nonzero(signal)
        return max(range(near - 16, near + 17),
                   key=lambda at: correlation(signal[at:at + BLOCK * 10], cue_in[:BLOCK * 10]))

    if len(tone_onsets) < 2:
        fail(f'the session with tones has {len(tone_onsets)} cues')
    start = first_cue(tones)
    whole = [b for b in boundaries[:len(tone_onsets)] if start + round((b + 1) * RATE) <= len(tones)]  # not cut off
    tone_figures = [describe(tones, start + round(b * RATE), k) for k, b in enumerate(whole)]
    start = first_cue(x)
    voice_figures = [describe(x, start + round(b * RATE), k) for k, b in enumerate(boundaries)]
    words = {'in': [], 'out': []}
    for k, (_, count) in enumerate(voice_figures):
        words['in' if k % 2 == 0 else 'out'].append(count)
    print(f'tones ({len(tone_figures)} cues): correlation with the tone files '
          f'{min(c for c, _ in tone_figures):.3f}..{max(c for c, _ in tone_figures):.3f}, '
          f'bursts of sound {sorted({s for _, s in tone_figures})}')
    print(f'voice ({len(voice_figures)} cues): correlation with the tone files '
          f'{min(c for c, _ in voice_figures):.3f}..{max(c for c, _ in voice_figures):.3f}, bursts of sound: '
          f'"Breathe in" {sorted(set(words["in"]))}, "Breathe out" {sorted(set(words["out"]))}')
    if any(c < 0.99 or s != 1 for c, s in tone_figures):
        fail('the tone cues are not the tone files, each one sound: the measure cannot tell them apart')
    if any(abs(c) > 0.3 for c, _ in voice_figures):
        fail('a voice guide cue sounds like a tone cue')
    if any(s != 2 for _, s in voice_figures):
        fail('a voice guide cue is not two words ("Breathe in", "Breathe out")')


def main(argv):
    if len(argv) == 2 and argv[0] == 'readings':
        readings(argv[1])
    elif len(argv) == 4 and argv[0] == 'hide':
        hide(argv[1], argv[2], float(argv[3]))
    elif len(argv) == 8 and argv[0] == 'guide':
        guide(argv[1], argv[2], float(argv[3]), float(argv[4]), float(argv[5]), argv[6], argv[7])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)


if __name__ == '__main__':
    main(sys.argv[1:])
