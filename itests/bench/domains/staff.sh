# Benchmark rows of the staff directory (sourced by itests/bench/benchmark.sh; $api, $pass and post() are set).
ready=/staff?limit=1
seed() {
  post /staff '{"number":"B001","name":"张三","department":"税务局","phone":"13800138000","qualifications":["TAX-1","TAX-2"]}'
}
# label | path | public or signed-in
reads=("GET /api/v1/staff/B001 (signed in, one record)|/staff/B001|signed-in"
       "GET /api/v1/staff?limit=20 (signed in, a page)|/staff?limit=20|signed-in")
