#!/bin/sh
# Writes the AppCDS archive lib/app/lintel.jsa of an app image from its class list, with the
# image's own runtime and the jar at the path the launcher gives it: JDK 17 uses the archive only
# when the class path is exactly the one it was dumped with, so the .deb's postinst runs the same
# command again in /opt/lintel. Usage: dump.sh <app image folder>
set -eu
app=$(cd "$1/lib/app" && pwd)
rm -f "$app/lintel.jsa"
if ! out=$("$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/lintel.classlist" \
        -XX:SharedArchiveFile="$app/lintel.jsa" -cp "$app/lintel.jar" 2>&1); then
    echo "$out" >&2
    exit 1
fi
echo "dump.sh: $(du -h "$app/lintel.jsa" | cut -f1) archive $app/lintel.jsa"
