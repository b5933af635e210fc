#!/bin/sh
# Training run for AppCDS (docs/decisions/0013-appcds-at-install.md): starts the app image's own
# launcher once, up to its first frame, and writes the classes it loaded to
# lib/app/lintel.classlist. The window needs a display: $DISPLAY if set, otherwise xvfb-run.
# Usage: classlist.sh <app image folder>
set -eu
image=$1
list="$image/lib/app/lintel.classlist"
rm -f "$list"
export JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list"
export LINTEL_EXIT_AFTER_FIRST_FRAME=1
if [ -n "${DISPLAY:-}" ]; then
    "$image/bin/Lintel" > /dev/null 2>&1
elif command -v xvfb-run > /dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/Lintel" > /dev/null 2>&1
else
    echo "classlist.sh: the training run opens the window: set DISPLAY or install xvfb (apt-get install xvfb xauth)" >&2
    exit 1
fi
if ! grep -q '^dev/lintel/app/shell/MainWindowView$' "$list"; then
    echo "classlist.sh: the training run did not reach the main window ($list)" >&2
    exit 1
fi
echo "classlist.sh: $(grep -c -v -e '^#' -e '^@' "$list") classes in $list"
