#!/usr/bin/env bash
# Executes every notebook here with the Java kernel against a freshly trained demo workspace; a failing cell fails.
# Installs what it needs: Jupyter from Debian's packages (when missing and running as root), the kernel and the
# project's jars from the Maven build (target/kernel, target/lib: run `./mvnw -pl notebooks -am package` first).
#   notebooks/run-notebooks.sh [--workspace DIR]   (default: a new demo workspace in notebooks/target/workspace)
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
workspace=""
[[ ${1:-} == --workspace ]] && workspace=$(cd "$2" && pwd)

python=/usr/bin/python3   # Debian's: a pyenv python earlier on PATH lacks nbformat
if ! $python -c 'import nbconvert, nbclient, ipykernel' 2>/dev/null; then
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    if sudo -n true 2>/dev/null; then
      as_root=(sudo -n)
    else
      echo "error: Jupyter (nbconvert, nbclient, ipykernel) is not installed and this is neither root nor sudo; install" >&2
      echo "       jupyter-notebook python3-nbconvert python3-nbclient python3-ipykernel, or build with -Dnotebooks.skip" >&2
      exit 1
    fi
  fi
  echo "notebooks: installing Jupyter from Debian's packages"
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    jupyter-notebook python3-nbconvert python3-nbclient python3-jupyter-client python3-ipykernel >/dev/null
fi
for needed in target/kernel/rapaio-jupyter-kernel.jar target/lib; do
  [[ -e $needed ]] || { echo "error: $needed is missing; run ./mvnw -pl notebooks -am package first" >&2; exit 1; }
done

# A kernel spec of our own: Spark's module flags and enough heap, so the notebooks run Spark like the job does
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' ../pom.xml)
export JUPYTER_PATH=$here/target/jupyter
mkdir -p "$JUPYTER_PATH/kernels/foresight-java"
$python - "$flags" "$here/target/kernel/rapaio-jupyter-kernel.jar" > "$JUPYTER_PATH/kernels/foresight-java/kernel.json" <<'PY'
import json, sys
flags, jar = sys.argv[1].split(), sys.argv[2]
print(json.dumps({"argv": ["java", *flags, "-Xmx4g", "-Djava.awt.headless=true", "-Duser.timezone=UTC", "-jar", jar,
                           "{connection_file}"],
                  "display_name": "Java (Foresight)", "language": "java", "interrupt_mode": "message",
                  "env": {"RJK_TIMEOUT_MILLIS": "-1", "SPARK_LOCAL_IP": "127.0.0.1", "TZ": "UTC"}}, indent=1))
PY

if [[ -z $workspace ]]; then
  workspace=$here/target/workspace
  rm -rf "$workspace"
  echo "notebooks: training a demo workspace in $workspace"
  SPARK_LOCAL_IP=127.0.0.1 java $flags -Xmx4g -Duser.timezone=UTC -cp "target/lib/*" dev.foresight.training.cli.ForesightCli \
    demo --customers 3000 --workspace "$workspace" --out "$workspace/demo" --report "$workspace/demo/report.json" \
    --mapping ../examples/synthetic.yml > target/demo.log 2>&1 || { tail -40 target/demo.log >&2; exit 1; }
fi
export FORESIGHT_WORKSPACE=$workspace

mkdir -p target/executed
status=0
# The Java kernel now and then never answers its first handshake (seen on the first start of a machine); a kernel
# that does not start within two minutes is started again, up to three times. A failing cell is never retried.
execute() {
  $python -m nbconvert --to notebook --execute --ExecutePreprocessor.timeout=900 --ExecutePreprocessor.startup_timeout=120 \
    --ExecutePreprocessor.kernel_name=foresight-java --output-dir target/executed "$1" > "target/executed/${1%.ipynb}.log" 2>&1
}
for notebook in [0-9]*.ipynb; do
  started=$SECONDS
  for attempt in 1 2 3; do
    if execute "$notebook"; then
      echo "notebooks: $notebook ran in $((SECONDS - started)) s"
      continue 2
    fi
    grep -q "Kernel didn't respond" "target/executed/${notebook%.ipynb}.log" || break
    echo "notebooks: the kernel for $notebook did not start (attempt $attempt); starting it again" >&2
  done
  echo "notebooks: $notebook FAILED after $((SECONDS - started)) s:" >&2
  grep -v '^\[NbConvertApp\]' "target/executed/${notebook%.ipynb}.log" | tail -25 >&2
  status=1
done
exit $status
