#!/usr/bin/env bash
# The reliability battery at length: SIGKILL after 20 s of load from 16 writers, a 60 s payment-fault run with 60
# tenants, 100,000 hostile requests, a minute without Redis, 32 concurrent editors; plus the database outage.
# The short versions of the same tests run in every build (bash infra/test.sh). Prints each part's summary.
#   bash bench/reliability.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/local/services.sh
rm -rf platform/target/reliability-report
status=0
./mvnw -B verify -pl platform -am -Dquire.reliability.long=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='CrashTest,RestartTest,DeadlineRestartTest,DatabaseOutageTest,RedisOutageTest,PaymentFaultRunTest,BadInputBatteryTest,ConcurrentEditsTest,IdempotencyTest' \
  "$@" || status=$?
echo
echo "Reliability battery (long run)"
cat platform/target/reliability-report/*.txt 2>/dev/null || echo "no report: the build stopped before the tests ran"
exit "$status"
