#!/usr/bin/env bash
# Installs Dovecot's IMAP server from the distribution's packages when it is missing, for
# @mailgate/mailbox-imap's test suite. The suite starts its own throwaway instance on a
# loopback port; the system-wide service is not started or configured.
set -euo pipefail
if [ -x /usr/sbin/dovecot ] && command -v doveadm >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq dovecot-imapd
