import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { UsersModule } from '../users/users.module';
import { AccountLinksService } from './account-links.service';
import { AccountTokenEntity } from './account-token.entity';
import { AccountTokensRepository } from './account-tokens.repository';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { EmailConfirmationService } from './email-confirmation.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetService } from './password-reset.service';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { SignInAttemptEntity } from './sign-in-attempt.entity';
import { SignInAttemptsRepository } from './sign-in-attempts.repository';
import { SignInThrottle } from './sign-in-throttle';
import { TwoFactorController } from './two-factor.controller';
import { TwoFactorService } from './two-factor.service';

@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, SignInAttemptEntity, AccountTokenEntity]), UsersModule, MunicipalitiesModule, AuditModule, MailModule],
  controllers: [AuthController, TwoFactorController],
  providers: [
    SessionsRepository,
    AccountTokensRepository,
    SessionService,
    SignInAttemptsRepository,
    SignInThrottle,
    PasswordHasher,
    AccountLinksService,
    EmailConfirmationService,
    PasswordResetService,
    TwoFactorService,
    AuthService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, PasswordHasher, PasswordResetService],
})
export class AuthModule {}
