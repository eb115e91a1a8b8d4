import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  CURRENCIES,
  type Currency,
  FUNDING_CALL_STATUSES,
  FUNDING_LIMITS as LIMITS,
  type FundingCallInput,
  type FundingCallListQuery,
  type FundingCallStatus,
  type FundingCallUpdate,
  THEMES,
  type Theme,
} from '@twinning/contracts';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Trim } from '../../common/dto/transforms';
import { OfficialUrl, oneOf, OptionalAmount } from './funding-programme-input.dto';

/** A calendar day, YYYY-MM-DD, that exists. */
export function CalendarDay(): PropertyDecorator {
  return (target, key) => {
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date, YYYY-MM-DD' })(target, key);
    IsISO8601({ strict: true }, { message: 'must be a date, YYYY-MM-DD' })(target, key);
  };
}

export class FundingCallInputDto implements FundingCallInput {
  @ApiProperty() @IsUUID('all') programmeId: string;

  @ApiProperty({ example: 'CERV-2026-CITIZENS-TOWN-TT' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.callTitleMaxLength)
  title: string;

  @ApiProperty({ example: '2026-09-01' }) @CalendarDay() opensOn: string;
  @ApiProperty({ example: '2026-11-30', description: 'The deadline, included.' }) @CalendarDay() closesOn: string;
  @ApiProperty({ nullable: true, type: Number }) @OptionalAmount() budget: number | null;

  @ApiProperty({ enum: CURRENCIES, nullable: true })
  @ValidateIf((_, value) => value !== null)
  @IsIn(CURRENCIES, oneOf(CURRENCIES))
  budgetCurrency: Currency | null;

  @ApiProperty() @OfficialUrl() url: string;
}

export class FundingCallUpdateDto extends PartialType(FundingCallInputDto, { skipNullProperties: false }) implements FundingCallUpdate {}

export class FundingCallListQueryDto implements FundingCallListQuery {
  @ApiPropertyOptional({ enum: THEMES }) @IsOptional() @IsIn(THEMES, oneOf(THEMES)) theme?: Theme;
  @ApiPropertyOptional() @IsOptional() @IsUUID('all') programmeId?: string;
  @ApiPropertyOptional({ enum: FUNDING_CALL_STATUSES }) @IsOptional() @IsIn(FUNDING_CALL_STATUSES, oneOf(FUNDING_CALL_STATUSES)) status?: FundingCallStatus;
}

export class FundingCalendarQueryDto {
  @ApiPropertyOptional({ enum: THEMES }) @IsOptional() @IsIn(THEMES, oneOf(THEMES)) theme?: Theme;
}
