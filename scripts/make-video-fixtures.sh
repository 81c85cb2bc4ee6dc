#!/usr/bin/env bash
# Makes the few-KB video files the pre-check tests feed to the page (tests/fixtures/video/).
# Run once by hand (apt-get install -y ffmpeg); the files are committed, so tests and CI
# never need ffmpeg. Re-running gives equivalent, not byte-identical, files.
set -euo pipefail
out="$(dirname "$0")/../tests/fixtures/video"
mkdir -p "$out"
cd "$out"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
x264=(-c:v libx264 -preset veryslow -crf 45 -pix_fmt yuv420p)

# A valid 2-second MP4: H.264 video 64x64 and AAC audio, header (moov) first.
ff -f lavfi -i "testsrc=size=64x64:rate=5:duration=2" -f lavfi -i "sine=frequency=440:duration=2:sample_rate=8000" \
  "${x264[@]}" -c:a aac -b:a 8k -ac 1 -shortest -movflags +faststart valid.mp4
# A QuickTime file (ftyp brand "qt  ") given an .mp4 name, as phones and editors make them.
ff -f lavfi -i "testsrc=size=64x64:rate=5:duration=2" "${x264[@]}" -f mov mov-renamed.mp4
# Sound only: an MP4 without a video track.
ff -f lavfi -i "sine=frequency=440:duration=2:sample_rate=8000" -c:a aac -b:a 8k -ac 1 audio-only.mp4
# 4 minutes long but a few KB: one frame a minute, so the header declares 240 s.
ff -f lavfi -i "color=c=blue:size=64x64:rate=1/60:duration=240" "${x264[@]}" -movflags +faststart too-long.mp4
# Truncated with the header at the end (the usual camera layout): the moov box is cut off.
ff -f lavfi -i "testsrc=size=64x64:rate=5:duration=2" "${x264[@]}" moov-at-end.tmp.mp4
head -c 1600 moov-at-end.tmp.mp4 > truncated.mp4
rm moov-at-end.tmp.mp4
# Truncated with the header first: the header is whole, the media data (mdat) is cut.
head -c 3000 valid.mp4 > truncated-faststart.mp4
# Not a video at all: 4 KB of seeded pseudo-random bytes with an .mp4 name.
python3 -c "import random; r=random.Random(20190529); open('random-bytes.mp4','wb').write(bytes(r.getrandbits(8) for _ in range(4096)))"
ls -l
