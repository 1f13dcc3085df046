# Sourced by ./sigbench and .ci/run: exports JAVA_HOME pointing at a JDK 25 or newer, or stops
# with one line that says what was found. Order: $JAVA_HOME, `java` on PATH, then the usual
# install folders (/usr/lib/jvm, /opt/java, /usr/local/lib/jvm).
sigbench_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
}
sigbench_find_jdk() {
  local cand major found=""
  for cand in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /usr/local/lib/jvm/*/bin/java; do
    [ -n "$cand" ] && [ -x "$cand" ] || continue
    major=$(sigbench_java_major "$cand")
    [ -z "$found" ] && found="Java ${major:-?} at $cand"
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null && [ -x "$(dirname "$cand")/javac" ]; then
      JAVA_HOME=$(cd "$(dirname "$cand")/.." && pwd)
      export JAVA_HOME
      return 0
    fi
  done
  echo "sigbench: needs a JDK 25 or newer (found ${found:-no Java}); install JDK 25 and set JAVA_HOME to it." >&2
  return 1
}
