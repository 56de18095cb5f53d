#!/usr/bin/env bash
# Compares another revision's connector with this checkout's on the SCIM load sweep: same sandbox data, same
# client, same settings, one server after the other (docs/benchmarks.md, "Scenario by scenario, and two builds
# compared").
#
#   scripts/bench-compare.sh <revision> [Maven arguments, e.g. -Dbench.loadEmployees=50000]
#
# Builds the revision's connector WAR in a temporary worktree, keeps it as target/baseline/lucca-okta.war, then
# runs the sweep on it and on this checkout's build (uncommitted changes included).
set -euo pipefail

if [[ $# -lt 1 ]]; then
    echo "usage: $0 <revision> [Maven arguments...]" >&2
    exit 2
fi
revision=$1
shift

root=$(git rev-parse --show-toplevel)
cd "$root"
commit=$(git rev-parse --verify --quiet "$revision^{commit}") || {
    echo "$revision is not a revision of this repository" >&2
    exit 2
}
baseline=target/baseline/lucca-okta.war

scratch=$(mktemp -d)
worktree=$scratch/baseline
remove_worktree() {
    if [[ -d $worktree ]]; then
        git worktree remove --force "$worktree"
    fi
    rm -rf "$scratch"
}
trap remove_worktree EXIT

echo "Building the connector at $commit"
git worktree add --quiet --detach "$worktree" "$commit"
# No profile: package builds the WARs and runs neither the demo nor a benchmark.
(cd "$worktree" && mvn -B -o -q -DskipTests package)
if [[ ! -f $worktree/target/lucca-okta.war ]]; then
    echo "The build at $commit made no target/lucca-okta.war" >&2
    exit 1
fi
mkdir -p "$(dirname "$baseline")"
cp "$worktree/target/lucca-okta.war" "$baseline"
remove_worktree
trap - EXIT

mvn -B -o -Pbench verify -Dbench.load=true -Dbench.sweep=true -Dbench.baselineWar="$baseline" "$@"
