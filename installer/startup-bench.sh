#!/usr/bin/env bash
# The first window of the app image against its floor (docs/benchmarks.md, decision 0025): the
# variants below each started ROUNDS times in turn under one Xvfb, with --startup-probe on DATA;
# prints the medians of the wall clock to the window (the probe), the CPU time to the window and
# the whole process's wall clock and CPU time (user + system).
#
#   app-aot     the app image as built (its AOT cache from the training run)
#   app-plain   the same without the cache (the runtime's own CDS archive only)
#   app-dynamic the same with -XX:+AutoCreateSharedArchive in the image folder (made by one
#               untimed start first)
#   floor-*     HelloFx (an empty JavaFX window of the app's size, src/test/java/.../HelloFx.java)
#               as an app image on the same runtime with the same options, without and with its
#               own AOT cache
#   before      with BEFORE_JDK set (e.g. /usr/lib/jvm/java-17-openjdk-amd64): the image as it was
#               built before decision 0025, that JDK's runtime and no options
#
# Needs target/app-image/DangVu (mvn -Papp-image package, JDK 25), target/test-classes and Xvfb.
#   installer/startup-bench.sh [ROUNDS] [DATA]        defaults: 5, a 1,000-member demo in target/
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${1:-5}
bench=target/startup-bench
data=${2:-$bench/data-1000}
image=target/app-image/DangVu
runtime=target/jpackage/runtime
java=$image/lib/runtime/bin/java
[ -x "$java" ] || { echo "startup-bench: build the app image first (mvn -Papp-image package)" >&2; exit 1; }
jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

rm -rf "$bench/display" "$bench/images" "$bench/runs" "$bench/before-runtime" "$bench/before-input" "$bench/hellofx-input"
mkdir -p "$bench/images" "$bench/runs"
mapfile -t options < <(sed -n 's/^java-options=//p' "$image/lib/app/DangVu.cfg" | grep -v -e '^-XX:AOTCache=' -e '^-Djpackage')
if [ ! -d "$data" ]; then
    "$java" "${options[@]}" -cp "$image/lib/app/dangvu.jar" vn.dangvu.Launcher --data "$data" demo --members 1000 >/dev/null
fi

# One X server for every run, on a free display it picks itself.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$bench/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
while [ ! -s "$bench/display" ]; do sleep 0.2; done
export DISPLAY=:$(cat "$bench/display")

# A copy of an app image whose main launcher has other JVM options instead of the AOT cache.
variant() {
    local name=$1 from=$2 cfg
    shift 2
    cp -a "$from" "$bench/images/$name"
    cfg=$(ls "$bench/images/$name"/lib/app/*.cfg | head -n 1)
    sed -i '/^java-options=-XX:AOTCache=/d' "$cfg"
    for option in "$@"; do
        printf 'java-options=%s\n' "$option" >>"$cfg"
    done
}

cp -a "$image" "$bench/images/app-aot"
variant app-plain "$image"
variant app-dynamic "$image" -XX:+AutoCreateSharedArchive '-XX:SharedArchiveFile=$APPDIR/dangvu.jsa'
"$bench/images/app-dynamic/bin/DangVu" --data "$data" --startup-probe >/dev/null 2>&1

# The floor: HelloFx on the same runtime, with the same options, then with its own AOT cache.
mkdir -p "$bench/hellofx-input"
cp "$image/lib/app/dangvu.jar" "$bench/hellofx-input/"
"$jdk/bin/jar" cf "$bench/hellofx-input/hellofx.jar" -C target/test-classes vn/dangvu/bench/HelloFx.class \
    -C target/test-classes 'vn/dangvu/bench/HelloFx$EmptyWindow.class'
"$jdk/bin/jpackage" --type app-image --name HelloFx --input "$bench/hellofx-input" --main-jar hellofx.jar \
    --main-class vn.dangvu.bench.HelloFx --runtime-image "$runtime" --java-options "${options[*]}" \
    --dest "$bench/images/floor-tmp"
mv "$bench/images/floor-tmp/HelloFx" "$bench/images/floor-plain"
rmdir "$bench/images/floor-tmp"
# Trained through its own launcher, as its class path is the launcher's.
variant floor-aot "$bench/images/floor-plain" '-XX:AOTCacheOutput=$APPDIR/hellofx.aot'
"$bench/images/floor-aot/bin/HelloFx" >/dev/null 2>&1
sed -i 's/-XX:AOTCacheOutput=/-XX:AOTCache=/' "$bench/images/floor-aot/lib/app/HelloFx.cfg"

variants=(app-aot app-plain app-dynamic floor-plain floor-aot)
if [ -n "${BEFORE_JDK:-}" ]; then
    mkdir -p "$bench/before-input"
    cp "$image/lib/app/dangvu.jar" "$bench/before-input/"
    modules=$(sed -n 's:.*<app.jlink.modules>\(.*\)</app.jlink.modules>.*:\1:p' pom.xml)
    "$BEFORE_JDK/bin/jlink" --add-modules "$modules" --include-locales=en,vi --strip-debug --no-header-files \
        --no-man-pages --generate-cds-archive --output "$bench/before-runtime"
    "$BEFORE_JDK/bin/jpackage" --type app-image --name DangVu --input "$bench/before-input" --main-jar dangvu.jar \
        --main-class vn.dangvu.Launcher --runtime-image "$bench/before-runtime" --dest "$bench/images/before-tmp"
    mv "$bench/images/before-tmp/DangVu" "$bench/images/before"
    variants+=(before)
fi

launcher() {
    ls "$bench/images/$1/bin/"* | grep -v -e AnToan -e Cli | head -n 1
}

for round in $(seq "$rounds"); do
    for name in "${variants[@]}"; do
        run="$bench/runs/$name-$round"
        /usr/bin/time -f '%e %U %S' -o "$run.time" "$(launcher "$name")" --data "$data" --startup-probe \
            >"$run.out" 2>"$run.err"
        printf '%s %s %s %s\n' "$(tr -d '\n' <"$run.out")" "$(sed -n 's/^CPU: \([0-9]*\) ms$/\1/p' "$run.err")" \
            "$(cat "$run.time")" >"$run.line"
    done
done

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "| variant (median of $rounds) | to window, wall ms | to window, CPU ms | whole process, wall s | whole process, CPU s |"
echo "|---|---:|---:|---:|---:|"
for name in "${variants[@]}"; do
    lines=$(cat "$bench/runs/$name"-*.line)
    printf '| %s | %s | %s | %s | %s |\n' "$name" \
        "$(awk '{ print $1 }' <<<"$lines" | median)" "$(awk '{ print $2 }' <<<"$lines" | median)" \
        "$(awk '{ print $3 }' <<<"$lines" | median)" "$(awk '{ print $4 + $5 }' <<<"$lines" | median)"
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
