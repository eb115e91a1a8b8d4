import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Request } from 'express';
import { type UserEntity } from '../users/user.entity';
import { type SessionEntity } from './session.entity';

/** What the auth guard attaches to a request that carries a live session. */
export interface Caller {
  user: UserEntity;
  session: SessionEntity;
}

export type RequestWithCaller = Request & { caller?: Caller };

/** The signed-in caller; routes with access `signed-in` or stricter always have one. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller | undefined => {
  return context.switchToHttp().getRequest<RequestWithCaller>().caller;
});
