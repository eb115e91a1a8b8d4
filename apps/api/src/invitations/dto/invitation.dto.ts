import { ApiProperty } from '@nestjs/swagger';
import { type AcceptInvitationRequest, type CreateInvitationRequest, EMAIL_MAX_LENGTH } from '@twinning/contracts';
import { IsEmail, IsUUID, MaxLength } from 'class-validator';
import { NewPasswordDto } from '../../auth/dto/auth.dto';
import { NormalizeEmail } from '../../common/dto/transforms';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty()
  @NormalizeEmail()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @ApiProperty()
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId: string;
}

export class AcceptInvitationDto extends NewPasswordDto implements AcceptInvitationRequest {}
