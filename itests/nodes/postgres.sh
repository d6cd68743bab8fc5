# Sourced by the node scripts and the benchmarks: a fresh database on the cluster that .ci/postgres starts
# (127.0.0.1:25432), and a distribution pointed at it with the XA DataSource the docs describe.
pg_port=25432

fresh_database() {  # name: drop and create it, owned by countyhall
  PGOPTIONS="-c client_min_messages=warning" psql -q -h 127.0.0.1 -p $pg_port -U postgres -d postgres \
    -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 OWNER countyhall"
}

use_postgres() {  # karaf-home database: etc/org.ops4j.datasource-countyhall.cfg for that database
  cat > "$1/etc/org.ops4j.datasource-countyhall.cfg" <<CFG
dataSourceName = jdbc/countyhall
pool = dbcp2
xa = true
jdbc.pool.maxTotal = 16
jdbc.pool.maxIdle = 16
jdbc.pool.minIdle = 2
jdbc.pool.testOnBorrow = true
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = jdbc:postgresql://127.0.0.1:$pg_port/$2
user = countyhall
password = countyhall-ci
CFG
}
