#!/bin/sh
# Names the operating-system packages the desktop app needs and that are missing.
[ "$(uname -s)" = "Linux" ] || exit 0
missing=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
python3 -c 'import venv, ensurepip' 2>/dev/null || missing="$missing python3-venv"
have_lib 'libxcb-cursor.so.0' || missing="$missing libxcb-cursor0"
have_lib 'libxcb-icccm.so.4' || missing="$missing libxcb-icccm4"
have_lib 'libxcb-keysyms.so.1' || missing="$missing libxcb-keysyms1"
have_lib 'libxkbcommon-x11.so.0' || missing="$missing libxkbcommon-x11-0"
have_lib 'libEGL.so.1' || missing="$missing libegl1"
have_lib 'libGL.so.1' || missing="$missing libgl1"
have_lib 'libfontconfig.so.1' || missing="$missing libfontconfig1"
if [ -n "$missing" ]; then
  echo "casefiles needs these system packages, which are missing:$missing"
  echo "Install them with: sudo apt install$missing"
  exit 1
fi
