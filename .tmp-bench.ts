import { run } from './test/bench/sections/instruments';
run().then(rows => console.log(rows));
