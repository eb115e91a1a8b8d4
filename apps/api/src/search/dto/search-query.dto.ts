import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_STUDY_LANGUAGES,
  EXPORT_FORMATS,
  type ExportFormat,
  type CaseStudyLanguage,
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
  SDG_TARGET_NUMBERS,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_SORTS,
  type SearchQuery,
  type SearchSort,
  type Theme,
  THEMES,
} from '@twinning/contracts';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ChoiceListParam, CountryListParam, IdListParam, SdgListParam } from '../../common/dto/list-params';
import { PageQueryDto } from '../../common/dto/page-query.dto';
import { queryBoolean } from '../../common/dto/transforms';

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

  @SdgListParam()
  sdg?: number[];

  @ChoiceListParam(SDG_TARGET_NUMBERS, 'SDG target numbers', 'SDG target numbers such as 11.6 or 6.a; repeat the parameter for several.')
  sdg_target?: string[];

  @ChoiceListParam(THEMES, 'themes')
  theme?: Theme[];

  @ChoiceListParam(OUTCOMES, 'outcomes')
  outcome?: Outcome[];

  @ChoiceListParam(FAILURE_CAUSES, 'failure causes', 'Why a partial success or a failure fell short.')
  failure_cause?: FailureCause[];

  @ChoiceListParam(FAILURE_STAGES, 'failure stages', 'The stage at which it failed or fell short.')
  failure_stage?: FailureStage[];

  @CountryListParam('ISO 3166-1 alpha-2 codes.')
  country?: string[];

  @IdListParam('municipality', 'Municipality ids.')
  municipality?: string[];

  @ChoiceListParam(CASE_STUDY_LANGUAGES, 'case study languages')
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

  @ChoiceListParam(FUNDING_SOURCE_KINDS, 'funding kinds')
  funding?: FundingSourceKind[];

  @ChoiceListParam(POPULATION_BANDS, 'population bands')
  population_band?: PopulationBand[];

  @IdListParam('funding programme', 'Funding programme ids of the catalogue.')
  programme?: string[];

  @IdListParam('collection', 'Collection ids: practices in any of these collections.')
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
