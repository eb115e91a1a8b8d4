import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STUDY_LANGUAGES,
  type CaseStudyLanguage,
  COUNTRY_CODE_PATTERN,
  PARTNER_REQUEST_LIMITS as LIMITS,
  PARTNER_REQUEST_STATUSES,
  type PartnerAnswerDecision,
  type PartnerAnswerInput,
  type PartnerRequestInput,
  type PartnerRequestListQuery,
  type PartnerRequestStatus,
  POPULATION_BANDS,
  type PopulationBand,
  SDG_NUMBERS,
  SEARCH_QUERY_MAX_LENGTH,
  type Theme,
  THEMES,
} from '@twinning/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDateString, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { Trim } from '../../common/dto/transforms';
import { ChoiceListParam, CountryListParam, IdListParam, SdgListParam } from '../../common/dto/list-params';

export class PartnerRequestInputDto implements PartnerRequestInput {
  @ApiProperty({ maxLength: LIMITS.titleMaxLength, description: 'What the town wants to do.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.titleMaxLength)
  title: string;

  @ApiProperty({ maxLength: LIMITS.descriptionMaxLength, description: 'Markdown.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.descriptionMaxLength)
  description: string;

  @ApiProperty({ enum: THEMES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.maxThemes)
  @ArrayUnique()
  @IsIn(THEMES, { each: true, message: `must hold themes from ${THEMES.join(', ')}` })
  themes: Theme[];

  @ApiProperty({ type: [Number] })
  @IsArray()
  @ArrayMaxSize(LIMITS.maxSdgs)
  @ArrayUnique()
  @IsIn(SDG_NUMBERS, { each: true, message: 'must hold SDG numbers from 1 to 17' })
  sdgs: number[];

  @ApiProperty({ nullable: true, description: 'A catalogue programme the project aims at.' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID or null' })
  fundingProgrammeId: string | null;

  @ApiProperty({ nullable: true, description: 'A call of that programme.' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID('all', { message: 'must be a UUID or null' })
  fundingCallId: string | null;

  @ApiProperty({ example: '2027-03-31', description: 'The last day answers are taken; today or later.' })
  @IsDateString({ strict: true }, { message: 'must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD' })
  deadline: string;

  @ApiProperty({ maxLength: LIMITS.offerMaxLength })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.offerMaxLength)
  offers: string;

  @ApiProperty({ maxLength: LIMITS.offerMaxLength })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.offerMaxLength)
  seeks: string;

  @ApiProperty({ enum: CASE_STUDY_LANGUAGES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.maxLanguages)
  @ArrayUnique()
  @IsIn(CASE_STUDY_LANGUAGES, { each: true, message: `must hold languages from ${CASE_STUDY_LANGUAGES.join(', ')}` })
  languages: CaseStudyLanguage[];

  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2 codes; empty for any country.' })
  @IsArray()
  @ArrayMaxSize(LIMITS.maxCountries)
  @ArrayUnique()
  @Matches(COUNTRY_CODE_PATTERN, { each: true, message: 'must hold ISO 3166-1 alpha-2 codes in upper case' })
  partnerCountries: string[];

  @ApiProperty({ enum: POPULATION_BANDS, isArray: true, description: 'Empty for any size.' })
  @IsArray()
  @ArrayUnique()
  @IsIn(POPULATION_BANDS, { each: true, message: `must hold sizes from ${POPULATION_BANDS.join(', ')}` })
  partnerPopulationBands: PopulationBand[];
}

export class PartnerAnswerInputDto implements PartnerAnswerInput {
  @ApiProperty({ maxLength: LIMITS.messageMaxLength, description: 'Why the town is interested and what it brings.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.messageMaxLength)
  message: string;
}

export class PartnerAnswerDecisionDto implements PartnerAnswerDecision {
  @ApiProperty({ enum: ['shortlisted', 'accepted'] })
  @IsIn(['shortlisted', 'accepted'], { message: 'must be shortlisted or accepted' })
  status: 'shortlisted' | 'accepted';
}

export class PartnerRequestListQueryDto extends PageQueryDto implements PartnerRequestListQuery {
  @ApiPropertyOptional({ maxLength: SEARCH_QUERY_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q?: string;

  @ChoiceListParam(THEMES, 'themes')
  theme?: Theme[];

  @SdgListParam()
  sdg?: number[];

  @CountryListParam('The posting town’s country.')
  country?: string[];

  @ChoiceListParam(CASE_STUDY_LANGUAGES, 'languages')
  language?: CaseStudyLanguage[];

  @IdListParam('funding programme', 'Funding programme ids.')
  programme?: string[];

  @ChoiceListParam(POPULATION_BANDS, 'sizes')
  partner_population_band?: PopulationBand[];

  @ChoiceListParam(PARTNER_REQUEST_STATUSES, 'statuses', 'Open requests unless asked otherwise.')
  status?: PartnerRequestStatus[];
}
