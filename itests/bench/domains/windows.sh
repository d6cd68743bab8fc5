# Benchmark rows of the window registry (sourced by itests/bench/benchmark.sh; needs the staff rows' B001).
ready=/windows
seed() {
  post /windows '{"number":"01","name":"税务综合窗口","type":"COMPREHENSIVE","department":"税务局","hall":"政务服务大厅",
                  "a":"B001","complaintPhone":"0531-12345","itemCodes":["TAX-1","TAX-2"]}'
}
reads=("GET /api/v1/windows/01 (public posting)|/windows/01|public"
       "GET /api/v1/windows (public list)|/windows|public"
       "GET /api/v1/windows/01/details (signed in, one record)|/windows/01/details|signed-in")
