import { BaseSequencer } from 'vitest/node';

export declare class DurabilityFirst extends BaseSequencer {}
