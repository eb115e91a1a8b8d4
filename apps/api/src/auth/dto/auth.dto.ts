import { ApiProperty, PickType } from '@nestjs/swagger';
import {
  type ChangePasswordRequest,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  type LoginRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
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
