# Benchmark rows of badges and access cards (sourced by itests/bench/benchmark.sh; $api, $pass and post() are set).
# Seeded after staff (B001 exists), so the holder's name and unit come from the directory.
ready=/badges/cards?limit=1
seed() {
  post /badges/cards '{"holder":"B001","chipUid":"B0000001"}'
}
# label | path | public or signed-in
reads=("GET /api/v1/badges/cards/{chip} (signed in, one card by chip UID)|/badges/cards/B0000001|signed-in"
       "GET /api/v1/badges/cards?limit=20 (signed in, a page)|/badges/cards?limit=20|signed-in")
