#!/usr/bin/env bash
#
# Prepares a running Payara Server 6 domain for Đoàn Thể and deploys the EAR:
#   the MariaDB driver, the connection pool doanthe-pool, the resource jdbc/doanthe the
#   application looks up, a transaction timeout, and the application itself at /doanthe.
#
# Usage:  config/payara-server-setup.sh [path/to/doanthe.ear]
#         Without the EAR it only configures the domain (deploy later from the admin console).
#         Safe to run again: what exists is updated, not created twice; the EAR is redeployed.
#
# Settings, as environment variables:
#   DOANTHE_DB_URL          required  jdbc:mariadb://db-host:3306/doanthe
#   DOANTHE_DB_USER         required  the application's database account
#   DOANTHE_DB_PASSWORD     required  its password (any characters)
#   MARIADB_DRIVER_JAR      required  path to mariadb-java-client-3.x.jar
#   ASADMIN                 optional  path to asadmin (default: asadmin on the PATH)
#   ASADMIN_OPTS            optional  options for every asadmin call, separated by spaces, e.g.
#                                     "--host app1 --port 4848 --user admin --passwordfile /root/as-admin.pw"
#   DOANTHE_ADMIN_PASSWORD  optional  password of the first administrator, "admin". Used only while
#                                     the database has no user yet; without it the application makes
#                                     one up and writes it once to the server log.
#   DOANTHE_DEMO            optional  true or false: generate the demo province at the first start
#                                     (the application's default is false; only the Quick start
#                                     turns it on by itself).
#   DOANTHE_FLYWAY_ENABLED  optional  false when your DBA applies the schema changes (default true).
#
# The application reads its settings at deployment: they are stored before the EAR is deployed.
#
# Secrets never appear on a command line (where `ps` would show them) nor in domain.xml: they go
# to the domain's encrypted password-alias store through a temporary file readable only by you.
# Needs bash 4.4 or later.

set -euo pipefail

readonly POOL=doanthe-pool
readonly RESOURCE=jdbc/doanthe
readonly APPLICATION=doanthe
readonly DB_PASSWORD_ALIAS=doanthe-db-password
# Payara's MicroProfile Config reads password aliases as config properties of the same name.
readonly ADMIN_PASSWORD_ALIAS=doanthe.admin.password

ASADMIN=${ASADMIN:-asadmin}
: "${DOANTHE_DB_URL:?Set DOANTHE_DB_URL, e.g. jdbc:mariadb://db-host:3306/doanthe}"
: "${DOANTHE_DB_USER:?Set DOANTHE_DB_USER}"
: "${DOANTHE_DB_PASSWORD:?Set DOANTHE_DB_PASSWORD}"
: "${MARIADB_DRIVER_JAR:?Set MARIADB_DRIVER_JAR to the path of mariadb-java-client-3.x.jar}"
EAR=${1:-}

[[ -f $MARIADB_DRIVER_JAR ]] || { echo "No driver at MARIADB_DRIVER_JAR=$MARIADB_DRIVER_JAR" >&2; exit 2; }
[[ -z $EAR || -f $EAR ]] || { echo "No EAR at $EAR" >&2; exit 2; }
for flag in DOANTHE_DEMO DOANTHE_FLYWAY_ENABLED; do
    [[ ${!flag:-true} =~ ^(true|false)$ ]] || { echo "$flag is true or false" >&2; exit 2; }
done

# ASADMIN_OPTS is split at spaces on purpose: it holds several options. A --passwordfile in it (the
# domain's admin password) is kept apart, because commands that store a secret need a password file
# of their own and asadmin reads only one: theirs gets a copy of the admin password file's lines.
read -r -a given_opts <<< "${ASADMIN_OPTS:-}"
asadmin_opts=()
admin_password_file=
for ((i = 0; i < ${#given_opts[@]}; i++)); do
    case ${given_opts[i]} in
        --passwordfile=*) admin_password_file=${given_opts[i]#--passwordfile=} ;;
        --passwordfile) i=$((i + 1)); admin_password_file=${given_opts[i]:-} ;;
        *) asadmin_opts+=("${given_opts[i]}") ;;
    esac
done

secret_files=()
trap 'rm -f "${secret_files[@]}"' EXIT

# Each step with the seconds since the start: the deployment is the slow one.
step() { printf '\n==> [%4d s] %s\n' "$SECONDS" "$*"; }

# Every asadmin call, with the domain's admin password file if one was given.
run_asadmin() {
    if [[ -n $admin_password_file ]]; then
        "$ASADMIN" "${asadmin_opts[@]}" --passwordfile "$admin_password_file" "$@"
    else
        "$ASADMIN" "${asadmin_opts[@]}" "$@"
    fi
}

# Password files are Java properties files read as ISO-8859-1: a backslash or a space must be
# escaped and anything beyond printable ASCII written as \uXXXX, or the stored password silently
# differs from the real one (tried: "Mật khẩu" written as UTF-8 was refused by MariaDB).
properties_escape() {
    local LC_ALL=C.UTF-8
    local value=$1 escaped= char code i
    for ((i = 0; i < ${#value}; i++)); do
        char=${value:i:1}
        printf -v code '%d' "'$char"
        if ((code == 92 || code == 32)); then
            escaped+="\\$char"
        elif ((code >= 33 && code <= 126)); then
            escaped+=$char
        elif ((code <= 0xFFFF)); then
            printf -v char '\\u%04x' "$code"
            escaped+=$char
        else # beyond the BMP: a UTF-16 surrogate pair, as Java strings hold it
            code=$((code - 0x10000))
            printf -v char '\\u%04x\\u%04x' $((0xD800 + (code >> 10))) $((0xDC00 + (code & 0x3FF)))
            escaped+=$char
        fi
    done
    printf '%s' "$escaped"
}

# Creates or updates a password alias without the secret ever being an argument.
store_secret() {
    local alias=$1 secret=$2 file aliases
    aliases=$(run_asadmin list-password-aliases)
    file=$(mktemp) # readable by you only; removed at exit even when a command fails
    secret_files+=("$file")
    if [[ -n $admin_password_file ]]; then
        cat "$admin_password_file" > "$file"
        echo >> "$file"
    fi
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(properties_escape "$secret")" >> "$file"
    if grep -qxF "$alias" <<< "$aliases"; then
        "$ASADMIN" "${asadmin_opts[@]}" --passwordfile "$file" update-password-alias "$alias"
    else
        "$ASADMIN" "${asadmin_opts[@]}" --passwordfile "$file" create-password-alias "$alias"
    fi
    rm -f "$file"
}

step "JDBC driver $(basename "$MARIADB_DRIVER_JAR")"
# add-library puts it in the domain's lib/ and the common class loader at once: a running domain
# can use it without a restart (the pool ping below proves it).
run_asadmin add-library "$MARIADB_DRIVER_JAR"
# Listings are captured before grep reads them, here and below: a failing asadmin stops the script
# (set -e), and `asadmin list-... | grep -q` could fail merely because grep stopped reading early.
libraries=$(run_asadmin list-libraries)
if grep -i 'mariadb-java-client' <<< "$libraries" | grep -vxF "$(basename "$MARIADB_DRIVER_JAR")"; then
    echo "WARNING: another MariaDB driver (above) is in the domain's lib/; remove it with" \
         "'asadmin remove-library <name>' and restart the domain, or the older one may win." >&2
fi

step "Connection pool $POOL"
# MariaDbDataSource, not MariaDbPoolDataSource: Payara pools the connections itself (with the
# driver's own pool it saw only 8, Payara #5574). Connections are validated before use, so a pool
# survives a database restart.
pools=$(run_asadmin list-jdbc-connection-pools)
if ! grep -qxF "$POOL" <<< "$pools"; then
    run_asadmin create-jdbc-connection-pool \
        --datasourceclassname org.mariadb.jdbc.MariaDbDataSource \
        --restype javax.sql.DataSource \
        --steadypoolsize 4 --maxpoolsize 64 \
        --isconnectvalidatereq true --validationmethod meta-data \
        "$POOL"
fi
# The connection settings are set one by one, not with --property, which splits values at ':'
# (every JDBC URL has some); the pool refers to the password by its alias. A re-run updates them.
store_secret "$DB_PASSWORD_ALIAS" "$DOANTHE_DB_PASSWORD"
run_asadmin set \
    "resources.jdbc-connection-pool.$POOL.property.url=$DOANTHE_DB_URL" \
    "resources.jdbc-connection-pool.$POOL.property.user=$DOANTHE_DB_USER" \
    "resources.jdbc-connection-pool.$POOL.property.password=\${ALIAS=$DB_PASSWORD_ALIAS}"
# Fails here, with the database's own message, rather than later in the middle of the deployment.
run_asadmin ping-connection-pool "$POOL"

step "JDBC resource $RESOURCE"
resources=$(run_asadmin list-jdbc-resources)
if ! grep -qxF "$RESOURCE" <<< "$resources"; then
    run_asadmin create-jdbc-resource --connectionpoolid "$POOL" "$RESOURCE"
fi

step "Transaction timeout"
# A transaction that hangs must not hold its locks for ever (the default, 0, means no timeout).
run_asadmin set configs.config.server-config.transaction-service.timeout-in-seconds=300

step "Application settings"
if [[ -n ${DOANTHE_ADMIN_PASSWORD:-} ]]; then
    store_secret "$ADMIN_PASSWORD_ALIAS" "$DOANTHE_ADMIN_PASSWORD"
fi
# Plain settings become system properties of the server, which MicroProfile Config reads.
if [[ -n ${DOANTHE_DEMO:-} ]]; then
    run_asadmin create-system-properties "doanthe.demo=$DOANTHE_DEMO"
fi
if [[ -n ${DOANTHE_FLYWAY_ENABLED:-} ]]; then
    run_asadmin create-system-properties "doanthe.flyway.enabled=$DOANTHE_FLYWAY_ENABLED"
fi

if [[ -n $EAR ]]; then
    step "Deploying $EAR"
    # --force redeploys over an earlier version; the context root /doanthe comes from the EAR.
    # The first deployment also creates the schema (Flyway) and loads the official units: on a
    # small server that takes a minute or two.
    run_asadmin deploy --force=true --name "$APPLICATION" "$EAR"
fi

step "Done: Đoàn Thể answers at http://<this server>:<HTTP port, 8080 by default>/doanthe/"
