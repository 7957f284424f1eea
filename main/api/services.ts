import type { z } from 'zod';
import type { Result } from '../core/result';
import type { Channel, Contract, ResponseOf, ServiceError } from './contract';

/** The parsed request of a channel, after zod defaults and trimming. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;

export type ServiceHandler<C extends Channel> = (
  request: ParsedRequestOf<C>,
) => Promise<Result<ResponseOf<C>, ServiceError>> | Result<ResponseOf<C>, ServiceError>;

/** One handler per channel; both transports call these and nothing else. */
export type Services = { readonly [C in Channel]: ServiceHandler<C> };
