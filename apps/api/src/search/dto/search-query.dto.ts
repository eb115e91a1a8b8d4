import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STUDY_LANGUAGES,
  EXPORT_FORMATS,
  type ExportFormat,
  type CaseStudyLanguage,
  COUNTRY_CODE_PATTERN,
  FAILURE_CAUSES,
  FAILURE_STAGES,
  type FailureCause,
  type FailureStage,
  FUNDING_SOURCE_KINDS,
  type FundingSourceKind,
  OUTCOMES,
  type Outcome,
  POPULATION_BANDS,
  type PopulationBand,
  SDG_NUMBERS,
  SDG_TARGET_NUMBERS,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_SORTS,
  type SearchQuery,
  type SearchSort,
  type Theme,
  THEMES,
} from '@twinning/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { queryBoolean } from '../../common/dto/transforms';

/** A repeatable query parameter arrives as a string once and as an array after that. */
export const List = () => Transform(({ value }) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]));
export const MAX_VALUES = 20;

export class SearchQueryDto extends PageQueryDto implements SearchQuery {
  @ApiPropertyOptional({ enum: CASE_STUDY_LANGUAGES, description: 'The reader\'s language: hits show their approved translation into it, where there is one.' })
  @IsOptional()
  @IsIn(CASE_STUDY_LANGUAGES, { message: `must be one of ${CASE_STUDY_LANGUAGES.join(', ')}` })
  lang?: CaseStudyLanguage;

  @ApiPropertyOptional({ description: 'false: the hits alone, for a list of cards: every facet list empty, no highlights.' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'must be true or false' })
  facets?: boolean;

  @ApiPropertyOptional({ maxLength: SEARCH_QUERY_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_QUERY_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ type: [Number], description: 'SDG numbers; repeat the parameter for several.' })
  @IsOptional()
  @List()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @Type(() => Number)
  @IsIn(SDG_NUMBERS, { each: true, message: 'must hold SDG numbers from 1 to 17' })
  sdg?: number[];

  @ApiPropertyOptional({ type: [String], description: 'SDG target numbers such as 11.6 or 6.a; repeat the parameter for several.' })
  @IsOptional()
  @List()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsIn(SDG_TARGET_NUMBERS, { each: true, message: 'must hold SDG target numbers such as 11.6 or 6.a' })
  sdg_target?: string[];

  @ApiPropertyOptional({ enum: THEMES, isArray: true })
  @IsOptional()
  @List()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsIn(THEMES, { each: true, message: `must hold themes from ${THEMES.join(', ')}` })
  theme?: Theme[];

  @ApiPropertyOptional({ enum: OUTCOMES, isArray: true })
  @IsOptional()
  @List()
  @IsArray()
  @IsIn(OUTCOMES, { each: true, message: `must hold outcomes from ${OUTCOMES.join(', ')}` })
  outcome?: Outcome[];

  @ApiPropertyOptional({ enum: FAILURE_CAUSES, isArray: true, description: 'Why a partial success or a failure fell short.' })
  @IsOptional()
  @List()
  @IsArray()
  @IsIn(FAILURE_CAUSES, { each: true, message: `must hold failure causes from ${FAILURE_CAUSES.join(', ')}` })
  failure_cause?: FailureCause[];

  @ApiPropertyOptional({ enum: FAILURE_STAGES, isArray: true, description: 'The stage at which it failed or fell short.' })
  @IsOptional()
  @List()
  @IsArray()
  @IsIn(FAILURE_STAGES, { each: true, message: `must hold failure stages from ${FAILURE_STAGES.join(', ')}` })
  failure_stage?: FailureStage[];

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1 alpha-2 codes.' })
  @IsOptional()
  @List()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @Matches(COUNTRY_CODE_PATTERN, { each: true, message: 'must hold ISO 3166-1 alpha-2 codes in upper case, such as TR' })
  country?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Municipality ids.' })
  @IsOptional()
  @List()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsUUID('all', { each: true, message: 'must hold municipality ids (UUIDs)' })
  municipality?: string[];

  @ApiPropertyOptional({ enum: CASE_STUDY_LANGUAGES, isArray: true })
  @IsOptional()
  @List()
  @IsArray()
  @IsIn(CASE_STUDY_LANGUAGES, { each: true, message: 'must hold ISO 639-1 codes of case study languages' })
  language?: CaseStudyLanguage[];

  @ApiPropertyOptional({ description: 'The year the practice started, from (inclusive).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2100)
  year_from?: number;

  @ApiPropertyOptional({ description: 'The year the practice started, to (inclusive).' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2100)
  year_to?: number;

  @ApiPropertyOptional({ enum: FUNDING_SOURCE_KINDS, isArray: true })
  @IsOptional()
  @List()
  @IsArray()
  @IsIn(FUNDING_SOURCE_KINDS, { each: true, message: `must hold funding kinds from ${FUNDING_SOURCE_KINDS.join(', ')}` })
  funding?: FundingSourceKind[];

  @ApiPropertyOptional({ enum: POPULATION_BANDS, isArray: true })
  @IsOptional()
  @List()
  @IsArray()
  @IsIn(POPULATION_BANDS, { each: true, message: `must hold population bands from ${POPULATION_BANDS.join(', ')}` })
  population_band?: PopulationBand[];

  @ApiPropertyOptional({ type: [String], description: 'Funding programme ids of the catalogue.' })
  @IsOptional()
  @List()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsUUID('all', { each: true, message: 'must hold funding programme ids (UUIDs)' })
  programme?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Collection ids: practices in any of these collections.' })
  @IsOptional()
  @List()
  @IsArray()
  @ArrayMaxSize(MAX_VALUES)
  @IsUUID('all', { each: true, message: 'must hold collection ids (UUIDs)' })
  collection?: string[];

  @ApiPropertyOptional({ description: 'A municipality id: only case studies of its twinning partners.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a municipality id (UUID)' })
  partners_of?: string;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS, { message: `must be one of ${SEARCH_SORTS.join(', ')}` })
  sort?: SearchSort;
}

export class SearchExportQueryDto extends SearchQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: `must be one of ${EXPORT_FORMATS.join(', ')}` })
  format?: ExportFormat;
}
