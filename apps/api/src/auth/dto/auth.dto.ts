import { ApiProperty, PickType } from '@nestjs/swagger';
import {
  type ChangePasswordRequest,
  type CompletePasswordResetRequest,
  type DisableTwoFactorRequest,
  type EnableTwoFactorRequest,
  type PasswordResetRequest,
  type SecondFactorRequest,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  type LoginRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SECOND_FACTOR_CODE_MAX_LENGTH,
  type RegisterRequest,
} from '@twinning/contracts';
import { IsEmail, IsNotEmpty, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim, NormalizeEmail } from '../../common/dto/transforms';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@demo.twinning.test' })
  @NormalizeEmail()
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class NewPasswordDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, description: 'At least 12 characters; the 10,000 most common passwords are refused.' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ maxLength: DISPLAY_NAME_MAX_LENGTH })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName: string;
}

export class RegisterDto extends NewPasswordDto implements RegisterRequest {
  @ApiProperty()
  @NormalizeEmail()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @ApiProperty({ description: 'The municipality the person works for.' })
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId: string;
}

export class ChangePasswordDto extends PickType(NewPasswordDto, ['password'] as const) implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty()
  @NormalizeEmail()
  @IsString()
  @IsNotEmpty()
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;
}

export class CompletePasswordResetDto extends PickType(NewPasswordDto, ['password'] as const) implements CompletePasswordResetRequest {}

export class SecondFactorDto implements SecondFactorRequest {
  @ApiProperty({ description: 'From the answer of POST /auth/login.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  challengeToken: string;

  @ApiProperty({ description: 'Six digits from the authenticator app, or a recovery code.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECOND_FACTOR_CODE_MAX_LENGTH)
  code: string;
}

export class EnableTwoFactorDto implements EnableTwoFactorRequest {
  @ApiProperty({ description: 'Six digits from the authenticator app (to turn it off, a recovery code works too).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(SECOND_FACTOR_CODE_MAX_LENGTH)
  code: string;
}

export class DisableTwoFactorDto extends EnableTwoFactorDto implements DisableTwoFactorRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}
