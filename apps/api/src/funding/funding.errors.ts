import { HttpStatus } from '@nestjs/common';
import { FundingErrorCode, type ValidationRule } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

export class FundingProgrammeNotFoundException extends AppException {
  constructor(id: string) {
    super(HttpStatus.NOT_FOUND, FundingErrorCode.ProgrammeNotFound, `No funding programme has the id ${id}.`);
  }
}

export class FundingCallNotFoundException extends AppException {
  constructor(id: string) {
    super(HttpStatus.NOT_FOUND, FundingErrorCode.CallNotFound, `No funding call has the id ${id}.`);
  }
}

export class FundingProgrammeNameTakenException extends AppException {
  constructor(name: string) {
    super(HttpStatus.CONFLICT, FundingErrorCode.ProgrammeNameTaken, `A funding programme is already called "${name}".`);
  }
}

export class FundingInvalidRangeException extends AppException {
  constructor(field: string, rule: ValidationRule, message: string) {
    super(HttpStatus.BAD_REQUEST, FundingErrorCode.InvalidRange, message, [{ field, rule, reason: message }]);
  }
}
