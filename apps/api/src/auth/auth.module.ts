import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, SignInAttemptEntity]), UsersModule, MunicipalitiesModule, AuditModule],
  controllers: [AuthController],
  providers: [SessionsRepository, SessionService, PasswordHasher, AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService, PasswordHasher],
})
export class AuthModule {}
