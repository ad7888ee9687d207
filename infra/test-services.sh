#!/usr/bin/env bash
# Makes sure the services the integration tests talk to are there. PostgreSQL is embedded (the
# tests start their own); RabbitMQ is real: the consolidation tests need one on 127.0.0.1:5672
# with the guest account. When none answers, this starts Debian's rabbitmq-server, installing the
# package first if the machine does not have it (as root, or through sudo). The console's
# end-to-end tests drive a real headless Chromium: Debian's chromium and chromium-driver, installed
# here when missing.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

apt_updated=false
install_packages() {
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  echo "infra/test-services.sh: installing Chromium and its driver (Debian packages chromium, chromium-driver)"
  install_packages chromium chromium-driver
fi
echo "infra/test-services.sh: $(/usr/bin/chromedriver --version | head -1)"

rabbitmq_answers() {
  (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null
}

if ! rabbitmq_answers; then
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    echo "infra/test-services.sh: installing RabbitMQ (Debian package rabbitmq-server)"
    install_packages rabbitmq-server
  fi
  echo "infra/test-services.sh: starting RabbitMQ"
  rabbitmq-server -detached || true
  for _ in $(seq 1 60); do
    rabbitmq_answers && break
    sleep 1
  done
  if ! rabbitmq_answers; then
    echo "infra/test-services.sh: RabbitMQ did not start on 127.0.0.1:5672" >&2
    exit 1
  fi
  # The port answers before the broker accepts logins; give it the moment it needs.
  sleep 5
fi

echo "infra/test-services.sh: RabbitMQ answers on 127.0.0.1:5672"
