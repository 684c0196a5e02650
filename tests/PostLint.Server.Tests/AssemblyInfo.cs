// Every server these tests start reads POSTLINT_CONFIG, and one test sets it; run the classes one at a
// time so that test cannot leak its configuration into another's server. (Requests inside a test still run in parallel.)
[assembly: CollectionBehavior(DisableTestParallelization = true)]
