// Every module's tables, gathered for Drizzle's typed queries and drizzle-kit (wiring only).
import * as auth from '../auth/schema'
import * as audit from '../audit/schema'
import * as organisations from '../../domain/organisations/schema'
import * as customers from '../../domain/customers/schema'
import * as consent from '../../domain/consent/schema'
import * as catalogue from '../../domain/catalogue/schema'
import * as cases from '../../domain/cases/schema'
import * as services from '../../domain/services/schema'
import * as purchasing from '../../domain/purchasing/schema'
import * as mail from '../mail/schema'
import * as classification from '../../domain/classification/schema'
import * as competence from '../../domain/competence/schema'
import * as site from '../../domain/site/schema'
import * as jobs from '../../domain/jobs/schema'
import * as survey from '../../domain/survey/schema'
import * as monitoring from '../../domain/monitoring/schema'

export const schema = {
  ...auth,
  ...audit,
  ...organisations,
  ...customers,
  ...consent,
  ...catalogue,
  ...cases,
  ...services,
  ...purchasing,
  ...mail,
  ...classification,
  ...competence,
  ...site,
  ...jobs,
  ...survey,
  ...monitoring,
}
