import { HttpStatus } from '@nestjs/common';
import { MunicipalityErrorCode } from '@twinning/contracts';
import { AppException } from '../common/errors/app.exception';

export class MunicipalityNotFoundException extends AppException {
  constructor(id: string) {
    super(HttpStatus.NOT_FOUND, MunicipalityErrorCode.NotFound, `No municipality has the id ${id}.`);
  }
}
