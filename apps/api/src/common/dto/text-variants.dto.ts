import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { type TextVariants } from '@twinning/contracts';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Omittable, Trim } from './transforms';

/** The wording of one text in each interface language, each optional and as long as the text itself may be. */
export function textVariantsDto(maxLength: number) {
  class TextVariantsDto implements TextVariants {
    @ApiPropertyOptional({ maxLength })
    @IsOptional()
    @Trim()
    @IsString()
    @MaxLength(maxLength)
    en?: string;

    @ApiPropertyOptional({ maxLength })
    @IsOptional()
    @Trim()
    @IsString()
    @MaxLength(maxLength)
    tr?: string;

    @ApiPropertyOptional({ maxLength })
    @IsOptional()
    @Trim()
    @IsString()
    @MaxLength(maxLength)
    de?: string;
  }
  return TextVariantsDto;
}

/** A `TextVariants` field of a request body: may be left out, not null; an unknown language is refused. */
export function TextVariantsField(dto: ReturnType<typeof textVariantsDto>, description: string) {
  return applyDecorators(ApiPropertyOptional({ type: dto, description }), Omittable(), IsObject(), ValidateNested(), Type(() => dto));
}
