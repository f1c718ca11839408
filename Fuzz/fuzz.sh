#!/bin/sh
# Builds the libFuzzer harnesses and runs each for a time budget.
#
#   Fuzz/fuzz.sh [SECONDS] [TARGET...]      (default: 60 s each; all targets)
#
# Targets: tex, mathscan, stated, markdown, eval. The markdown and eval harnesses link
# the dependencies (Yams, cmark, swift-syntax, LitmusMath) from the debug build in
# .build, so `swift build` runs first; the target's own sources are compiled with
# -sanitize=fuzzer,address so that libFuzzer sees their coverage. Seed corpora are made
# from Notes/ and the test fixtures; findings land in Fuzz/Findings/ (crash-*, timeout-*).
# A target with Fuzz/Dictionaries/NAME.dict gets it as libFuzzer's -dict (tokens that
# random mutation rarely spells, such as the example language's names).
# Runs under `nice -n 10`: the machine is shared.
#
# FUZZ_JOBS=N runs N fuzzer processes per target side by side on the same corpus (one
# per core; each logs to $WORK/NAME.K.log) and prints the executions they reached in
# total. FUZZ_DEPS=release links the release build of the dependencies (see below).
set -eu
# The Swift runtime's crash backtracer reads the stack through a helper thread that
# AddressSanitizer reports as an underflow; libFuzzer's own report is enough.
export SWIFT_BACKTRACE=enable=no
# No allocation stacks in reports and a smaller quarantine: AddressSanitizer still
# catches overflows and use-after-free, and the eval harness runs about 25% faster
# (most of its time was spent recording the stack of every allocation).
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0:quarantine_size_mb=32}
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-tex mathscan stated markdown eval}
JOBS=${FUZZ_JOBS:-1}
WORK=${FUZZ_WORK:-.build-fuzz}
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$WORK" Fuzz/Findings
FLAGS="-sanitize=fuzzer,address -parse-as-library -O -g -suppress-warnings"
# FUZZ_DEPS=release links the markdown and eval harnesses against the release build of
# their dependencies (swift-syntax optimised: the eval harness runs about 20 times faster).
DEPS=${FUZZ_DEPS:-debug}
DEBUG=$(swift build -c "$DEPS" --show-bin-path)

needs_build() {
  [ -d "$DEBUG/Modules" ] && [ -f "$DEBUG/Modules/SwiftParser.swiftmodule" ] \
    && [ -f "$DEBUG/Modules/Yams.swiftmodule" ] || nice -n 10 swift build -c "$DEPS" --product litmus
}

objects() { for target in "$@"; do find "$DEBUG/$target.build" -name "*.o"; done; }

build() {
  name=$1
  out="$WORK/fuzz-$name"
  case $name in
  tex)
    nice -n 10 $SWIFTC $FLAGS -module-name FuzzTeX Fuzz/Harnesses/TeXFuzz.swift \
      $(find Sources/LitmusTeX -name '*.swift') -o "$out" ;;
  mathscan)
    nice -n 10 $SWIFTC $FLAGS -module-name FuzzMathScanner Fuzz/Harnesses/MathScannerFuzz.swift \
      Sources/LitmusMarkdown/Parsing/MathScanner.swift Sources/LitmusMarkdown/Parsing/FoundMath.swift \
      Sources/LitmusMarkdown/Parsing/HTMLTagScanner.swift -o "$out" ;;
  stated)
    nice -n 10 $SWIFTC $FLAGS -module-name FuzzStated Fuzz/Harnesses/StatedValueFuzz.swift \
      Sources/Litmus/Judging/StatedValueParser.swift Sources/Litmus/Judging/StatedValue.swift \
      Sources/Litmus/Judging/StatedNumber.swift Sources/Litmus/Judging/StatedValueError.swift \
      Sources/Litmus/Judging/ValueShape.swift \
      -o "$out" ;;
  markdown)
    needs_build
    nice -n 10 $SWIFTC $FLAGS -module-name LitmusMarkdown Fuzz/Harnesses/MarkdownFuzz.swift \
      $(find Sources/LitmusMarkdown -name '*.swift') -I "$DEBUG/Modules" \
      -Xcc -fmodule-map-file=.build/checkouts/Yams/Sources/CYaml/include/module.modulemap \
      -Xcc -I -Xcc .build/checkouts/Yams/Sources/CYaml/include \
      -Xcc -fmodule-map-file=Sources/CCmark/module.modulemap \
      $(objects Yams CYaml) -lcmark -o "$out" ;;
  eval)
    needs_build
    nice -n 10 $SWIFTC $FLAGS -module-name LitmusEval Fuzz/Harnesses/EvalFuzz.swift \
      $(find Sources/LitmusEval -name '*.swift') -I "$DEBUG/Modules" \
      -Xcc -fmodule-map-file=.build/checkouts/swift-syntax/Sources/_SwiftSyntaxCShims/include/module.modulemap \
      -Xcc -I -Xcc .build/checkouts/swift-syntax/Sources/_SwiftSyntaxCShims/include \
      $(objects LitmusMath LitmusPlot SwiftSyntax SwiftParser SwiftParserDiagnostics SwiftDiagnostics \
        SwiftBasicFormat _SwiftSyntaxCShims 2>/dev/null) -o "$out" ;;
  esac
}

seeds() {
  name=$1
  corpus="$WORK/corpus-$name"
  mkdir -p "$corpus"
  cp Fuzz/Corpus/"$name"/* "$corpus"/ 2>/dev/null || true
  python3 Fuzz/seeds.py "$name" "$corpus"
}

for name in $TARGETS; do
  echo "== $name: building"
  build "$name" 2>"$WORK/$name.build.log" || { grep -v 'Cannot export' "$WORK/$name.build.log"; exit 1; }
  seeds "$name"
  echo "== $name: fuzzing for $SECONDS_EACH s ($JOBS process(es))"
  dict=""
  [ -f "Fuzz/Dictionaries/$name.dict" ] && dict="-dict=Fuzz/Dictionaries/$name.dict"
  rm -f "$WORK/$name".[0-9]*.log
  job=1
  while [ "$job" -le "$JOBS" ]; do
    log="$WORK/$name.log"
    [ "$JOBS" -gt 1 ] && log="$WORK/$name.$job.log"
    nice -n 10 "$WORK/fuzz-$name" -max_total_time="$SECONDS_EACH" -max_len=8192 -timeout=20 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="Fuzz/Findings/$name-" $dict \
      "$WORK/corpus-$name" >"$log" 2>&1 &
    job=$((job + 1))
  done
  wait
  if [ "$JOBS" -gt 1 ]; then logs=$(ls "$WORK/$name".[0-9]*.log); else logs="$WORK/$name.log"; fi
  for log in $logs; do
    grep -E '^(#[0-9]+ +DONE|==[0-9]+==|stat::number_of_executed_units|SUMMARY|artifact_prefix)' "$log" || true
  done
  awk '/^stat::number_of_executed_units/ { total += $2 } END { print "== executions in total: " total }' $logs
done
