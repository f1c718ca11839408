#!/bin/sh
# Renders every LitmusTeX sample and corpus formula in headless Chromium.
# Writes /tmp/litmus-tex-gallery.html and /tmp/litmus-tex-gallery.png (override with $1).
set -eu
out="${1:-/tmp/litmus-tex-gallery}"
cd "$(dirname "$0")/.."
LITMUS_TEX_GALLERY="$out.html" swift test --filter MathMLGalleryTests
chromium --headless --no-sandbox --disable-gpu --screenshot="$out.png" \
  --window-size=1200,3000 "file://$out.html" 2>/dev/null
echo "wrote $out.html and $out.png"
