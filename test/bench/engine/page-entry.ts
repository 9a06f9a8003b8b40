// Entry of the page bundle: exposes timeCore to page.evaluate.
import { PAGE_GLOBAL, timeCore } from './time-core';

(globalThis as Record<string, unknown>)[PAGE_GLOBAL] = timeCore;
