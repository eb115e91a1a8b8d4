import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MunicipalitiesModule } from '../municipalities/municipalities.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AdminUsersController } from './admin-users.controller';
import { UsersModule } from './users.module';
import { UsersService } from './users.service';

@Module({
  imports: [UsersModule, AuthModule, AuditModule, NotificationsModule, MunicipalitiesModule],
  controllers: [AdminUsersController],
  providers: [UsersService],
})
export class AdminUsersModule {}
