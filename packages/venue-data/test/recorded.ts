/// <reference types="node" />
/** Reads the recorded venue answers in recorded/ for the tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Json } from '../src/read.js';

export const readRecording = (file: string): Json =>
  JSON.parse(readFileSync(join(__dirname, '../recorded', file), 'utf8')) as Json;

export const rawOf = (file: string): Json => readRecording(file).raw as Json;

export const answer = (body: unknown, complete = true) =>
  complete
    ? { body, source: 'test recording', asOf: '2026-01-01' }
    : { body, source: 'test recording', asOf: '2026-01-01', complete: false };
