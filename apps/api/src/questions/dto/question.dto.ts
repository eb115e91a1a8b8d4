import { ApiProperty } from '@nestjs/swagger';
import { type PostRequest, type PostVisibilityRequest, QUESTION_LIMITS } from '@twinning/contracts';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../common/dto/transforms';

export class PostDto implements PostRequest {
  @ApiProperty({ description: 'The question or the answer (Markdown).', maxLength: QUESTION_LIMITS.bodyMaxLength })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(QUESTION_LIMITS.bodyMaxLength)
  body: string;
}

export class PostVisibilityDto implements PostVisibilityRequest {
  @ApiProperty({ description: 'True hides it from everyone but moderators and admins; false shows it again.' })
  @IsBoolean()
  hidden: boolean;
}
