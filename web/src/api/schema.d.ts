/**
 * Generated from openapi.json by web/scripts/gen-api.mjs (npm run gen:api). Do not edit by hand:
 * change the API, run `npm run openapi`, then `npm run gen:api`.
 */
export interface paths {
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database check */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok';
              /** @enum {string} */
              database: 'pglite' | 'postgres';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions/roots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The roots of your region tree (your grant regions) / 本人可见范围的根区划 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description 12-digit code / 12 位代码 */
                code: string;
                /** @description 1 省 province … 5 村 village */
                level: number;
                name: string;
                /** @description visible children / 可见的下级数 */
                childCount: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find regions by part of the name within a subtree / 按名称查找区划 */
    get: {
      parameters: {
        query: {
          /** @description 在此区划内查找（000000000000 为全国，即本人可见的全部范围）/ subtree to search; 000000000000 = whole country, i.e. all you may see */
          within: string;
          /** @description 名称的一部分 / part of the name (case-insensitive) */
          q: string;
          /** @description only this level / 只查此级 */
          level?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description 12-digit code / 12 位代码 */
                code: string;
                /** @description 1 省 province … 5 村 village */
                level: number;
                name: string;
                parentCode: string | null;
                /** @description province → the region itself / 从省到本级 */
                path: {
                  /** @description 12-digit code / 12 位代码 */
                  code: string;
                  /** @description 1 省 province … 5 村 village */
                  level: number;
                  name: string;
                }[];
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One region with its breadcrumb / 区划详情及其上级路径 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 行政区划代码（2、4、6、9 或 12 位）/ region code of 2, 4, 6, 9 or 12 digits, e.g. 371324 */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 12-digit code / 12 位代码 */
              code: string;
              /** @description 1 省 province … 5 村 village */
              level: number;
              name: string;
              /** @description visible children / 可见的下级数 */
              childCount: number;
              parentCode: string | null;
              /** @description province → the region itself / 从省到本级 */
              path: {
                /** @description 12-digit code / 12 位代码 */
                code: string;
                /** @description 1 省 province … 5 村 village */
                level: number;
                name: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/regions/{code}/children': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The children of a region, in code order / 下级区划 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 行政区划代码（2、4、6、9 或 12 位）/ region code of 2, 4, 6, 9 or 12 digits, e.g. 371324 */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description 12-digit code / 12 位代码 */
                code: string;
                /** @description 1 省 province … 5 村 village */
                level: number;
                name: string;
                /** @description visible children / 可见的下级数 */
                childCount: number;
              }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Code tables with zh/en labels / 代码表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: {
                code: string;
                zh: string;
                en: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List households of a region and year / 户列表 */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits); default: your first grant */
          region?: string;
          /** @description default: the latest year with data */
          year?: number;
          status?: string;
          cause?: string;
          type?: string;
          /** @description a member name (substring) or the last 4 characters of an ID number; roles that see personal data may also give a full ID number or its last 5–6 characters (refused with 400 SEARCH_NOT_ALLOWED for other roles) */
          q?: string;
          /** @description cursor: the id of the last household of the previous page */
          after?: number;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number | null;
              items: {
                id: number;
                householdNo: string;
                regionCode: string;
                regionName: string | null;
                headName: string | null;
                headIdNumber: string | null;
                size: number;
                /** @description null: an ordinary household (type 00) never identified */
                status: string | null;
                householdType: string;
                mainCause: string | null;
                perCapitaIncome: number | null;
                version: number;
              }[];
              nextCursor: number | null;
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Register a household with its members / 建档 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 自然村 / natural village */
            naturalVillage?: string | null;
            /** @description 村民小组 / villagers group */
            groupName?: string | null;
            /** @description 联系电话 / phone */
            phone?: string | null;
            /** @description 银行账号 / bank account */
            bankAccount?: string | null;
            /** @description 识别标准 / identification standard */
            identificationStandard?: string | null;
            /** @description 识别年度 / year identified */
            identifiedYear?: number | null;
            /** @description 脱贫年度 / year exited */
            exitYear?: number | null;
            /** @description 耕地面积（亩） / farmland (mu) */
            landArea?: number | null;
            /** @description 住房面积（平方米） / housing area (m²) */
            housingArea?: number | null;
            /** @description 住房安全等级 / housing safety rating */
            housingRating?: string | null;
            /** @description 饮水安全 / safe drinking water */
            safeWater?: boolean | null;
            /** @description 通硬化路 / paved road access */
            roadAccess?: boolean | null;
            /** @description 易地扶贫搬迁 / relocated for poverty alleviation */
            relocated?: boolean | null;
            /** @description 帮扶责任人 / responsible cadre */
            cadreName?: string | null;
            /** @description 帮扶单位 / cadre work unit */
            cadreUnit?: string | null;
            /** @description 帮扶责任人电话 / cadre phone */
            cadrePhone?: string | null;
            /** @description 未脱贫原因 / reason not exited */
            reasonNotExited?: string | null;
            householdNo: string;
            regionCode: string;
            /** @description the year of the facts; default: the working year (工作年度) */
            year?: number;
            facts: {
              /** @description 户状态 / household status */
              status?: string | null;
              /** @description 户类型 / household type */
              householdType?: string | null;
              /** @description 主要致贫原因 / main poverty cause */
              mainCause?: string | null;
              /** @description 次要致贫原因 / secondary causes */
              secondaryCauses?: string[];
              /** @description 工资性收入 / wage income */
              wageIncome?: number | null;
              /** @description 生产经营性收入 / business income */
              businessIncome?: number | null;
              /** @description 财产性收入 / property income */
              propertyIncome?: number | null;
              /** @description 转移性收入 / transfer income */
              transferIncome?: number | null;
              /** @description 生产经营性支出 / business costs */
              businessCosts?: number | null;
              /** @description 不愁吃 / enough food */
              foodSecure?: boolean | null;
              /** @description 不愁穿 / enough clothing */
              clothingSecure?: boolean | null;
              /** @description 义务教育有保障 / compulsory education guaranteed */
              educationSecure?: boolean | null;
              /** @description 基本医疗有保障 / basic medical care guaranteed */
              medicalSecure?: boolean | null;
              /** @description 住房安全有保障 / safe housing guaranteed */
              housingSecure?: boolean | null;
              /** @description 饮水安全有保障 / safe drinking water guaranteed */
              waterSecure?: boolean | null;
              /** @description 监测对象类型 / monitoring type */
              monitoringType?: string | null;
              /** @description 风险类型 / risk types */
              riskTypes?: string[];
              /** @description 监测状态 / monitoring state */
              monitoringState?: string | null;
              /** @description 纳入监测日期 / monitored since */
              monitoredOn?: string | null;
              /** @description 风险消除日期 / risk eliminated on */
              riskEliminatedOn?: string | null;
            };
            members: {
              name: string;
              idNumber: string;
              relation: string;
              /** @description 文化程度 / education */
              education?: string | null;
              /** @description 在校生状况 / student status */
              studentStatus?: string | null;
              /** @description 健康状况 / health */
              health?: string | null;
              /** @description 残疾证号 / disability certificate */
              disabilityCert?: string | null;
              /** @description 劳动技能 / labour ability */
              labour?: string | null;
              /** @description 务工地点 / migrant work place */
              migrantWorkPlace?: string | null;
              /** @description 务工时间（月） / migrant work months */
              migrantWorkMonths?: number | null;
              /** @description 参加城乡居民基本医疗保险 / resident medical insurance */
              medicalInsurance?: boolean | null;
              /** @description 参加大病保险 / serious-illness insurance */
              seriousIllnessInsurance?: boolean | null;
              /** @description 参加城乡居民基本养老保险 / resident pension insurance */
              pensionInsurance?: boolean | null;
              /** @description 享受低保 / minimum living allowance */
              dibao?: boolean | null;
              /** @description 特困供养 / extreme-poverty support */
              tekun?: boolean | null;
              /** @description 公益岗位 / public-welfare job */
              welfareJob?: boolean | null;
              /** @description 联系电话 / phone */
              phone?: string | null;
              /** @description 性别 / sex (must agree with the ID number) */
              sex?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A household with its members and yearly facts / 户详情
     * @description Roles without personal data in the region (system administrators, town officials, inspectors) see ID numbers as their first 6 and last 4 characters, phones, bank accounts and certificate numbers masked, and each member's age instead of the birth date, which would rebuild the masked ID number.
     */
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 自然村 / natural village */
              naturalVillage?: string | null;
              /** @description 村民小组 / villagers group */
              groupName?: string | null;
              /** @description 联系电话 / phone */
              phone?: string | null;
              /** @description 银行账号 / bank account */
              bankAccount?: string | null;
              /** @description 识别标准 / identification standard */
              identificationStandard?: string | null;
              /** @description 识别年度 / year identified */
              identifiedYear?: number | null;
              /** @description 脱贫年度 / year exited */
              exitYear?: number | null;
              /** @description 耕地面积（亩） / farmland (mu) */
              landArea?: number | null;
              /** @description 住房面积（平方米） / housing area (m²) */
              housingArea?: number | null;
              /** @description 住房安全等级 / housing safety rating */
              housingRating?: string | null;
              /** @description 饮水安全 / safe drinking water */
              safeWater?: boolean | null;
              /** @description 通硬化路 / paved road access */
              roadAccess?: boolean | null;
              /** @description 易地扶贫搬迁 / relocated for poverty alleviation */
              relocated?: boolean | null;
              /** @description 帮扶责任人 / responsible cadre */
              cadreName?: string | null;
              /** @description 帮扶单位 / cadre work unit */
              cadreUnit?: string | null;
              /** @description 帮扶责任人电话 / cadre phone */
              cadrePhone?: string | null;
              /** @description 未脱贫原因 / reason not exited */
              reasonNotExited?: string | null;
              id: number;
              householdNo: string;
              countyCode: string;
              regionCode: string;
              regionPath: {
                code: string;
                name: string;
              }[];
              version: number;
              createdAt: string;
              updatedAt: string;
              years: number[];
              facts: {
                /** @description 户状态 / household status */
                status?: string | null;
                /** @description 户类型 / household type */
                householdType?: string | null;
                /** @description 主要致贫原因 / main poverty cause */
                mainCause?: string | null;
                /** @description 次要致贫原因 / secondary causes */
                secondaryCauses?: string[];
                /** @description 工资性收入 / wage income */
                wageIncome?: number | null;
                /** @description 生产经营性收入 / business income */
                businessIncome?: number | null;
                /** @description 财产性收入 / property income */
                propertyIncome?: number | null;
                /** @description 转移性收入 / transfer income */
                transferIncome?: number | null;
                /** @description 生产经营性支出 / business costs */
                businessCosts?: number | null;
                /** @description 不愁吃 / enough food */
                foodSecure?: boolean | null;
                /** @description 不愁穿 / enough clothing */
                clothingSecure?: boolean | null;
                /** @description 义务教育有保障 / compulsory education guaranteed */
                educationSecure?: boolean | null;
                /** @description 基本医疗有保障 / basic medical care guaranteed */
                medicalSecure?: boolean | null;
                /** @description 住房安全有保障 / safe housing guaranteed */
                housingSecure?: boolean | null;
                /** @description 饮水安全有保障 / safe drinking water guaranteed */
                waterSecure?: boolean | null;
                /** @description 监测对象类型 / monitoring type */
                monitoringType?: string | null;
                /** @description 风险类型 / risk types */
                riskTypes?: string[];
                /** @description 监测状态 / monitoring state */
                monitoringState?: string | null;
                /** @description 纳入监测日期 / monitored since */
                monitoredOn?: string | null;
                /** @description 风险消除日期 / risk eliminated on */
                riskEliminatedOn?: string | null;
                year: number;
                regionCode: string;
                size: number;
                perCapitaIncome: number | null;
              } | null;
              members: {
                name: string;
                idNumber: string;
                relation: string;
                /** @description 文化程度 / education */
                education?: string | null;
                /** @description 在校生状况 / student status */
                studentStatus?: string | null;
                /** @description 健康状况 / health */
                health?: string | null;
                /** @description 残疾证号 / disability certificate */
                disabilityCert?: string | null;
                /** @description 劳动技能 / labour ability */
                labour?: string | null;
                /** @description 务工地点 / migrant work place */
                migrantWorkPlace?: string | null;
                /** @description 务工时间（月） / migrant work months */
                migrantWorkMonths?: number | null;
                /** @description 参加城乡居民基本医疗保险 / resident medical insurance */
                medicalInsurance?: boolean | null;
                /** @description 参加大病保险 / serious-illness insurance */
                seriousIllnessInsurance?: boolean | null;
                /** @description 参加城乡居民基本养老保险 / resident pension insurance */
                pensionInsurance?: boolean | null;
                /** @description 享受低保 / minimum living allowance */
                dibao?: boolean | null;
                /** @description 特困供养 / extreme-poverty support */
                tekun?: boolean | null;
                /** @description 公益岗位 / public-welfare job */
                welfareJob?: boolean | null;
                /** @description 联系电话 / phone */
                phone?: string | null;
                sex: string;
                id: number;
                householdId: number;
                /** @description 出生日期 YYYY-MM-DD, only for roles that see personal data (with the masked ID it would rebuild it) */
                birthDate?: string;
                /** @description 周岁 / completed years of age on the server's today */
                age: number;
                active: boolean;
                leftEvent: string | null;
                leftOn: string | null;
                version: number;
              }[];
              formerMembers: {
                name: string;
                idNumber: string;
                relation: string;
                /** @description 文化程度 / education */
                education?: string | null;
                /** @description 在校生状况 / student status */
                studentStatus?: string | null;
                /** @description 健康状况 / health */
                health?: string | null;
                /** @description 残疾证号 / disability certificate */
                disabilityCert?: string | null;
                /** @description 劳动技能 / labour ability */
                labour?: string | null;
                /** @description 务工地点 / migrant work place */
                migrantWorkPlace?: string | null;
                /** @description 务工时间（月） / migrant work months */
                migrantWorkMonths?: number | null;
                /** @description 参加城乡居民基本医疗保险 / resident medical insurance */
                medicalInsurance?: boolean | null;
                /** @description 参加大病保险 / serious-illness insurance */
                seriousIllnessInsurance?: boolean | null;
                /** @description 参加城乡居民基本养老保险 / resident pension insurance */
                pensionInsurance?: boolean | null;
                /** @description 享受低保 / minimum living allowance */
                dibao?: boolean | null;
                /** @description 特困供养 / extreme-poverty support */
                tekun?: boolean | null;
                /** @description 公益岗位 / public-welfare job */
                welfareJob?: boolean | null;
                /** @description 联系电话 / phone */
                phone?: string | null;
                sex: string;
                id: number;
                householdId: number;
                /** @description 出生日期 YYYY-MM-DD, only for roles that see personal data (with the masked ID it would rebuild it) */
                birthDate?: string;
                /** @description 周岁 / completed years of age on the server's today */
                age: number;
                active: boolean;
                leftEvent: string | null;
                leftOn: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a household or its facts of a year (version required) / 修改户信息 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 自然村 / natural village */
            naturalVillage?: string | null;
            /** @description 村民小组 / villagers group */
            groupName?: string | null;
            /** @description 联系电话 / phone */
            phone?: string | null;
            /** @description 银行账号 / bank account */
            bankAccount?: string | null;
            /** @description 识别标准 / identification standard */
            identificationStandard?: string | null;
            /** @description 识别年度 / year identified */
            identifiedYear?: number | null;
            /** @description 脱贫年度 / year exited */
            exitYear?: number | null;
            /** @description 耕地面积（亩） / farmland (mu) */
            landArea?: number | null;
            /** @description 住房面积（平方米） / housing area (m²) */
            housingArea?: number | null;
            /** @description 住房安全等级 / housing safety rating */
            housingRating?: string | null;
            /** @description 饮水安全 / safe drinking water */
            safeWater?: boolean | null;
            /** @description 通硬化路 / paved road access */
            roadAccess?: boolean | null;
            /** @description 易地扶贫搬迁 / relocated for poverty alleviation */
            relocated?: boolean | null;
            /** @description 帮扶责任人 / responsible cadre */
            cadreName?: string | null;
            /** @description 帮扶单位 / cadre work unit */
            cadreUnit?: string | null;
            /** @description 帮扶责任人电话 / cadre phone */
            cadrePhone?: string | null;
            /** @description 未脱贫原因 / reason not exited */
            reasonNotExited?: string | null;
            version: number;
            regionCode?: string;
            year?: number;
            facts?: {
              /** @description 户状态 / household status */
              status?: string | null;
              /** @description 户类型 / household type */
              householdType?: string | null;
              /** @description 主要致贫原因 / main poverty cause */
              mainCause?: string | null;
              /** @description 次要致贫原因 / secondary causes */
              secondaryCauses?: string[];
              /** @description 工资性收入 / wage income */
              wageIncome?: number | null;
              /** @description 生产经营性收入 / business income */
              businessIncome?: number | null;
              /** @description 财产性收入 / property income */
              propertyIncome?: number | null;
              /** @description 转移性收入 / transfer income */
              transferIncome?: number | null;
              /** @description 生产经营性支出 / business costs */
              businessCosts?: number | null;
              /** @description 不愁吃 / enough food */
              foodSecure?: boolean | null;
              /** @description 不愁穿 / enough clothing */
              clothingSecure?: boolean | null;
              /** @description 义务教育有保障 / compulsory education guaranteed */
              educationSecure?: boolean | null;
              /** @description 基本医疗有保障 / basic medical care guaranteed */
              medicalSecure?: boolean | null;
              /** @description 住房安全有保障 / safe housing guaranteed */
              housingSecure?: boolean | null;
              /** @description 饮水安全有保障 / safe drinking water guaranteed */
              waterSecure?: boolean | null;
              /** @description 监测对象类型 / monitoring type */
              monitoringType?: string | null;
              /** @description 风险类型 / risk types */
              riskTypes?: string[];
              /** @description 监测状态 / monitoring state */
              monitoringState?: string | null;
              /** @description 纳入监测日期 / monitored since */
              monitoredOn?: string | null;
              /** @description 风险消除日期 / risk eliminated on */
              riskEliminatedOn?: string | null;
            };
            /** @description 更正原因 / reason: required when the write corrects a closed year (a year before this one) */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 自然村 / natural village */
              naturalVillage?: string | null;
              /** @description 村民小组 / villagers group */
              groupName?: string | null;
              /** @description 联系电话 / phone */
              phone?: string | null;
              /** @description 银行账号 / bank account */
              bankAccount?: string | null;
              /** @description 识别标准 / identification standard */
              identificationStandard?: string | null;
              /** @description 识别年度 / year identified */
              identifiedYear?: number | null;
              /** @description 脱贫年度 / year exited */
              exitYear?: number | null;
              /** @description 耕地面积（亩） / farmland (mu) */
              landArea?: number | null;
              /** @description 住房面积（平方米） / housing area (m²) */
              housingArea?: number | null;
              /** @description 住房安全等级 / housing safety rating */
              housingRating?: string | null;
              /** @description 饮水安全 / safe drinking water */
              safeWater?: boolean | null;
              /** @description 通硬化路 / paved road access */
              roadAccess?: boolean | null;
              /** @description 易地扶贫搬迁 / relocated for poverty alleviation */
              relocated?: boolean | null;
              /** @description 帮扶责任人 / responsible cadre */
              cadreName?: string | null;
              /** @description 帮扶单位 / cadre work unit */
              cadreUnit?: string | null;
              /** @description 帮扶责任人电话 / cadre phone */
              cadrePhone?: string | null;
              /** @description 未脱贫原因 / reason not exited */
              reasonNotExited?: string | null;
              id: number;
              householdNo: string;
              countyCode: string;
              regionCode: string;
              regionPath: {
                code: string;
                name: string;
              }[];
              version: number;
              createdAt: string;
              updatedAt: string;
              years: number[];
              facts: {
                /** @description 户状态 / household status */
                status?: string | null;
                /** @description 户类型 / household type */
                householdType?: string | null;
                /** @description 主要致贫原因 / main poverty cause */
                mainCause?: string | null;
                /** @description 次要致贫原因 / secondary causes */
                secondaryCauses?: string[];
                /** @description 工资性收入 / wage income */
                wageIncome?: number | null;
                /** @description 生产经营性收入 / business income */
                businessIncome?: number | null;
                /** @description 财产性收入 / property income */
                propertyIncome?: number | null;
                /** @description 转移性收入 / transfer income */
                transferIncome?: number | null;
                /** @description 生产经营性支出 / business costs */
                businessCosts?: number | null;
                /** @description 不愁吃 / enough food */
                foodSecure?: boolean | null;
                /** @description 不愁穿 / enough clothing */
                clothingSecure?: boolean | null;
                /** @description 义务教育有保障 / compulsory education guaranteed */
                educationSecure?: boolean | null;
                /** @description 基本医疗有保障 / basic medical care guaranteed */
                medicalSecure?: boolean | null;
                /** @description 住房安全有保障 / safe housing guaranteed */
                housingSecure?: boolean | null;
                /** @description 饮水安全有保障 / safe drinking water guaranteed */
                waterSecure?: boolean | null;
                /** @description 监测对象类型 / monitoring type */
                monitoringType?: string | null;
                /** @description 风险类型 / risk types */
                riskTypes?: string[];
                /** @description 监测状态 / monitoring state */
                monitoringState?: string | null;
                /** @description 纳入监测日期 / monitored since */
                monitoredOn?: string | null;
                /** @description 风险消除日期 / risk eliminated on */
                riskEliminatedOn?: string | null;
                year: number;
                regionCode: string;
                size: number;
                perCapitaIncome: number | null;
              } | null;
              members: {
                name: string;
                idNumber: string;
                relation: string;
                /** @description 文化程度 / education */
                education?: string | null;
                /** @description 在校生状况 / student status */
                studentStatus?: string | null;
                /** @description 健康状况 / health */
                health?: string | null;
                /** @description 残疾证号 / disability certificate */
                disabilityCert?: string | null;
                /** @description 劳动技能 / labour ability */
                labour?: string | null;
                /** @description 务工地点 / migrant work place */
                migrantWorkPlace?: string | null;
                /** @description 务工时间（月） / migrant work months */
                migrantWorkMonths?: number | null;
                /** @description 参加城乡居民基本医疗保险 / resident medical insurance */
                medicalInsurance?: boolean | null;
                /** @description 参加大病保险 / serious-illness insurance */
                seriousIllnessInsurance?: boolean | null;
                /** @description 参加城乡居民基本养老保险 / resident pension insurance */
                pensionInsurance?: boolean | null;
                /** @description 享受低保 / minimum living allowance */
                dibao?: boolean | null;
                /** @description 特困供养 / extreme-poverty support */
                tekun?: boolean | null;
                /** @description 公益岗位 / public-welfare job */
                welfareJob?: boolean | null;
                /** @description 联系电话 / phone */
                phone?: string | null;
                sex: string;
                id: number;
                householdId: number;
                /** @description 出生日期 YYYY-MM-DD, only for roles that see personal data (with the masked ID it would rebuild it) */
                birthDate?: string;
                /** @description 周岁 / completed years of age on the server's today */
                age: number;
                active: boolean;
                leftEvent: string | null;
                leftOn: string | null;
                version: number;
              }[];
              formerMembers: {
                name: string;
                idNumber: string;
                relation: string;
                /** @description 文化程度 / education */
                education?: string | null;
                /** @description 在校生状况 / student status */
                studentStatus?: string | null;
                /** @description 健康状况 / health */
                health?: string | null;
                /** @description 残疾证号 / disability certificate */
                disabilityCert?: string | null;
                /** @description 劳动技能 / labour ability */
                labour?: string | null;
                /** @description 务工地点 / migrant work place */
                migrantWorkPlace?: string | null;
                /** @description 务工时间（月） / migrant work months */
                migrantWorkMonths?: number | null;
                /** @description 参加城乡居民基本医疗保险 / resident medical insurance */
                medicalInsurance?: boolean | null;
                /** @description 参加大病保险 / serious-illness insurance */
                seriousIllnessInsurance?: boolean | null;
                /** @description 参加城乡居民基本养老保险 / resident pension insurance */
                pensionInsurance?: boolean | null;
                /** @description 享受低保 / minimum living allowance */
                dibao?: boolean | null;
                /** @description 特困供养 / extreme-poverty support */
                tekun?: boolean | null;
                /** @description 公益岗位 / public-welfare job */
                welfareJob?: boolean | null;
                /** @description 联系电话 / phone */
                phone?: string | null;
                sex: string;
                id: number;
                householdId: number;
                /** @description 出生日期 YYYY-MM-DD, only for roles that see personal data (with the masked ID it would rebuild it) */
                birthDate?: string;
                /** @description 周岁 / completed years of age on the server's today */
                age: number;
                active: boolean;
                leftEvent: string | null;
                leftOn: string | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/households/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Field-level change history / 变更记录 */
    get: {
      parameters: {
        query?: {
          before?: number;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
          /** @description an ID number, phone or bank account: only the changes from or to it (roles that see personal data) / 按证件号码、电话或账号查找变更 */
          match?: string;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                memberId: number | null;
                year: number | null;
                field: string;
                oldValue: string | null;
                newValue: string | null;
                action: string;
                /** @description 更正原因: the reason of a correction of a closed year */
                reason: string | null;
                /** @description where the write came from: api, cli, import, demo, procedure (null before it was recorded) */
                source: string | null;
                /** @description the case whose procedure made the change (source procedure) */
                caseId: number | null;
                actor: string;
                at: string;
              }[];
              nextCursor: number | null;
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A person joins the household (birth, marriage, moving in) / 增加成员 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the household version */
            version: number;
            /** @enum {string} */
            event: 'birth' | 'married_in' | 'moved_in' | 'other';
            eventDate: string;
            note?: string;
            /** @description 更正原因 / reason: required when the write corrects a closed year (a year before this one) */
            reason?: string;
            member: {
              name: string;
              idNumber: string;
              relation: string;
              /** @description 文化程度 / education */
              education?: string | null;
              /** @description 在校生状况 / student status */
              studentStatus?: string | null;
              /** @description 健康状况 / health */
              health?: string | null;
              /** @description 残疾证号 / disability certificate */
              disabilityCert?: string | null;
              /** @description 劳动技能 / labour ability */
              labour?: string | null;
              /** @description 务工地点 / migrant work place */
              migrantWorkPlace?: string | null;
              /** @description 务工时间（月） / migrant work months */
              migrantWorkMonths?: number | null;
              /** @description 参加城乡居民基本医疗保险 / resident medical insurance */
              medicalInsurance?: boolean | null;
              /** @description 参加大病保险 / serious-illness insurance */
              seriousIllnessInsurance?: boolean | null;
              /** @description 参加城乡居民基本养老保险 / resident pension insurance */
              pensionInsurance?: boolean | null;
              /** @description 享受低保 / minimum living allowance */
              dibao?: boolean | null;
              /** @description 特困供养 / extreme-poverty support */
              tekun?: boolean | null;
              /** @description 公益岗位 / public-welfare job */
              welfareJob?: boolean | null;
              /** @description 联系电话 / phone */
              phone?: string | null;
              /** @description 性别 / sex (must agree with the ID number) */
              sex?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a member (version required) / 修改成员 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 姓名 / name */
            name?: string | null;
            /** @description 证件号码 / ID number */
            idNumber?: string | null;
            /** @description 与户主关系 / relation to head */
            relation?: string | null;
            /** @description 文化程度 / education */
            education?: string | null;
            /** @description 在校生状况 / student status */
            studentStatus?: string | null;
            /** @description 健康状况 / health */
            health?: string | null;
            /** @description 残疾证号 / disability certificate */
            disabilityCert?: string | null;
            /** @description 劳动技能 / labour ability */
            labour?: string | null;
            /** @description 务工地点 / migrant work place */
            migrantWorkPlace?: string | null;
            /** @description 务工时间（月） / migrant work months */
            migrantWorkMonths?: number | null;
            /** @description 参加城乡居民基本医疗保险 / resident medical insurance */
            medicalInsurance?: boolean | null;
            /** @description 参加大病保险 / serious-illness insurance */
            seriousIllnessInsurance?: boolean | null;
            /** @description 参加城乡居民基本养老保险 / resident pension insurance */
            pensionInsurance?: boolean | null;
            /** @description 享受低保 / minimum living allowance */
            dibao?: boolean | null;
            /** @description 特困供养 / extreme-poverty support */
            tekun?: boolean | null;
            /** @description 公益岗位 / public-welfare job */
            welfareJob?: boolean | null;
            /** @description 联系电话 / phone */
            phone?: string | null;
            /** @description 性别 / sex (must agree with the ID number) */
            sex?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/members/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A member leaves (death, marriage out, moving) or moves to another household / 成员变动 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the member version */
            version: number;
            /** @enum {string} */
            event: 'death' | 'married_out' | 'moved_out' | 'imprisoned' | 'enlisted' | 'other' | 'move';
            eventDate: string;
            note?: string;
            /** @description 更正原因 / reason: required when the write corrects a closed year (a year before this one) */
            reason?: string;
            /** @description for event "move": the household the member joins */
            toHouseholdId?: number;
            /** @description for event "move": relation to the new head */
            relationInNewHousehold?: string;
            /** @description when the head leaves: the member who becomes head */
            newHeadMemberId?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              newMemberId: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registered households and persons (every status but 04 cancelled) of a region and year, by status, cause and type, and per child region; the cancelled counted apart; the monitored households by type and state / 统计 */
    get: {
      parameters: {
        query?: {
          /** @description region code, 2–12 digits; default: your first grant */
          region?: string;
          /** @description default: the latest year with data */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              region: string;
              year: number;
              households: number;
              persons: number;
              /** @description status 04 注销: not in households nor in any breakdown */
              cancelledHouseholds: number;
              cancelledPersons: number;
              byStatus: {
                code: string;
                households: number;
                persons: number;
              }[];
              byCause: {
                code: string;
                households: number;
                persons: number;
              }[];
              byType: {
                code: string;
                households: number;
                persons: number;
              }[];
              /** @description monitored households by type and state, whatever their status (cancelled ones left out) */
              byMonitoring: {
                /** @description monitoring_type: 1 脱贫不稳定户, 2 边缘易致贫户, 3 突发严重困难户 */
                type: string;
                /** @description monitoring_state: 1 监测中, 2 风险已消除 */
                state: string;
                households: number;
                persons: number;
              }[];
              children: {
                code: string;
                households: number;
                persons: number;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/stats/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Households and persons of a region by status for every year with data, in one read / 历年统计 */
    get: {
      parameters: {
        query?: {
          /** @description region code, 2–12 digits; default: your first grant */
          region?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              region: string;
              years: {
                year: number;
                households: number;
                persons: number;
                byStatus: {
                  code: string;
                  households: number;
                  persons: number;
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/fgt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Income poverty: FGT P0, P1, P2, any P_α, and the Watts index / 贫困发生率、深度与强度
     * @description Poor means income strictly below the line; gaps are normalised, (z − y) / z. At most 1,000,000 persons and 100 indicators; the request body may not exceed 16 MiB (413 beyond).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description per-capita incomes (or consumption), one per person or household / 人均收入 */
            incomes: number[];
            /** @description one non-negative weight per income, e.g. household size; not all zero; default 1 each */
            weights?: number[];
            /** @description poverty line z, same unit as the incomes / 贫困线 */
            line: number;
            /** @description FGT α values to report in byAlpha; default [0, 1, 2] */
            alphas?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              line: number;
              /** @description sum of weights */
              population: number;
              /** @description weighted count of the poor (income strictly below the line) */
              poor: number;
              /** @description P0, headcount ratio / 贫困发生率 */
              headcount: number;
              /** @description P1, poverty gap index / 贫困深度 */
              gap: number;
              /** @description P2, squared poverty gap / 贫困强度 */
              squaredGap: number;
              /** @description mean normalised gap among the poor; null when nobody is poor */
              incomeGapRatio: number | null;
              byAlpha: {
                alpha: number;
                value: number;
              }[];
              /** @description Watts index; null when a poor person has an income ≤ 0 */
              watts: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/mpi': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Multidimensional poverty by the Alkire–Foster method: H, A, M0 / 多维贫困指数
     * @description Deprived when an achievement is strictly below its cutoff; poor when the weighted share of deprivations is at least k. At most 1,000,000 persons and 100 indicators; the request body may not exceed 16 MiB (413 beyond).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description one row per person, one achievement per indicator, all rows of the same length */
            achievements: number[][];
            /** @description z_j per indicator; deprived when the achievement is strictly below */
            cutoffs: number[];
            /** @description relative indicator weights, normalised to sum to 1; not all zero */
            weights: number[];
            /** @description poverty cutoff as a share of the total weight, 0 < k ≤ 1 */
            k: number;
            /** @description one non-negative weight per row; not all zero; default 1 each */
            personWeights?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              k: number;
              /** @description sum of person weights */
              population: number;
              /** @description weighted count of the poor */
              poor: number;
              /** @description H, multidimensional headcount ratio */
              headcount: number;
              /** @description A, average deprivation score of the poor; null when nobody is poor */
              intensity: number | null;
              /** @description M0 = H × A, adjusted headcount ratio */
              adjustedHeadcount: number;
              indicators: {
                /** @description normalised weight */
                weight: number;
                uncensoredHeadcount: number;
                censoredHeadcount: number;
                /** @description percentage of M0; null when M0 = 0 */
                contribution: number | null;
              }[];
              /** @description censored deprivation score c_i(k) of each row, in [0, 1] */
              scores: number[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Poverty incidence of a region and its child regions, with households, poor, exited and causes / 贫困发生率
     * @description Poor = status 01 未脱贫 or 03 返贫. Incidence = poor persons ÷ rural population; the population is the entered figure or, when none, the registry count (populationSource).
     */
    get: {
      parameters: {
        query?: {
          /** @description region code, 2–12 digits; default: your first grant */
          region?: string;
          /** @description default: the latest year with data */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              region: {
                code: string;
                name: string;
                households: number;
                persons: number;
                poorHouseholds: number;
                poorPersons: number;
                exitedHouseholds: number;
                exitedPersons: number;
                population: number;
                /** @enum {string} */
                populationSource: 'entered' | 'registry';
                incidence: number | null;
                causes: {
                  [key: string]: number;
                };
              };
              children: {
                code: string;
                name: string;
                households: number;
                persons: number;
                poorHouseholds: number;
                poorPersons: number;
                exitedHouseholds: number;
                exitedPersons: number;
                population: number;
                /** @enum {string} */
                populationSource: 'entered' | 'registry';
                incidence: number | null;
                causes: {
                  [key: string]: number;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/incidence/table.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The standard statistical table of a region and year by child region (XLSX) / 统计表 */
    get: {
      parameters: {
        query?: {
          /** @description region code, 2–12 digits; default: your first grant */
          region?: string;
          /** @description default: the latest year with data */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/population': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Entered rural population figures of a region and its children / 农村人口 */
    get: {
      parameters: {
        query?: {
          /** @description region code, 2–12 digits; default: your first grant */
          region?: string;
          /** @description default: the latest year with data */
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: {
                regionCode: string;
                year: number;
                population: number;
                note: string | null;
                /** @enum {string} */
                source: 'import' | 'entry';
                updatedBy: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/population/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Enter or remove rural population figures of a year (all or nothing) / 录入农村人口
     * @description A figure smaller than the persons registered in its region and year needs confirming (confirm): without it the PUT answers 422 POPULATION_BELOW_REGISTERED naming both numbers, and the import reports the row with that code. / 农村人口少于该区划当年登记人数时须确认。
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            entries: {
              regionCode: string;
              /** @description null removes the entered figure */
              population: number | null;
              note?: string | null;
            }[];
            /** @description save figures below the registered persons / 确认保存 */
            confirm?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              updated: number;
              removed: number;
              unchanged: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/population/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import rural population figures from CSV or XLSX / 导入农村人口
     * @description multipart/form-data with one file field. Columns: 行政区划代码 region_code, 年度 year, 农村人口 rural_population, optional 备注 note. Bad rows are reported and not written; the good rows are written together. A figure smaller than the persons registered in its region and year needs confirming (confirm): without it the PUT answers 422 POPULATION_BELOW_REGISTERED naming both numbers, and the import reports the row with that code. / 农村人口少于该区划当年登记人数时须确认。
     */
    post: {
      parameters: {
        query?: {
          /** @description import figures below the registered persons / 确认导入 */
          confirm?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              updated: number;
              removed: number;
              unchanged: number;
              rejected: number;
              errors: {
                row: number;
                column: string;
                code: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/registry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * FGT (P0, P1, P2, Watts) and the Alkire–Foster index over the registry of a region and year / 登记数据的贫困测度
     * @description Person-level over the registered households (every status but 04 cancelled, as /stats), each weighted by its size, per-capita net income against the line in force; households whose income is unknown are left out of the FGT and counted (unknownIncome). MPI indicators: income (below the line) and 两不愁三保障 + water (deprived when recorded as not secure; unknown counts as not deprived and is reported).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description region code (a province or below), 2–12 digits; default: your first grant */
            region: string;
            /** @description default: the latest year with data */
            year?: number;
            /**
             * @default [
             *       0,
             *       1,
             *       2
             *     ]
             */
            alphas?: number[];
            /**
             * @default {
             *       "indicators": [
             *         "income",
             *         "food",
             *         "clothing",
             *         "education",
             *         "medical",
             *         "housing",
             *         "water"
             *       ],
             *       "k": 0.3333333333333333
             *     }
             */
            mpi?: {
              /**
               * @default [
               *       "income",
               *       "food",
               *       "clothing",
               *       "education",
               *       "medical",
               *       "housing",
               *       "water"
               *     ]
               */
              indicators?: ('income' | 'food' | 'clothing' | 'education' | 'medical' | 'housing' | 'water')[];
              /** @description relative, one per indicator; default equal */
              weights?: number[];
              /**
               * @description poverty cutoff as a share of the total weight
               * @default 0.3333333333333333
               */
              k?: number;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              region: string;
              year: number;
              standard: {
                standardId: number;
                year: number;
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
                /** @enum {string} */
                source: 'national' | 'provincial';
                province: string;
              };
              fgt: {
                line: number;
                /** @description sum of weights */
                population: number;
                /** @description weighted count of the poor (income strictly below the line) */
                poor: number;
                /** @description P0, headcount ratio / 贫困发生率 */
                headcount: number;
                /** @description P1, poverty gap index / 贫困深度 */
                gap: number;
                /** @description P2, squared poverty gap / 贫困强度 */
                squaredGap: number;
                /** @description mean normalised gap among the poor; null when nobody is poor */
                incomeGapRatio: number | null;
                byAlpha: {
                  alpha: number;
                  value: number;
                }[];
                /** @description Watts index; null when a poor person has an income ≤ 0 */
                watts: number | null;
                /** @description registered households (every status but 04 cancelled), as /stats */
                households: number;
                /** @description of those, households whose per-capita income is unknown: left out of every FGT figure */
                unknownIncome: number;
              };
              mpi: {
                k: number;
                /** @description sum of person weights */
                population: number;
                /** @description weighted count of the poor */
                poor: number;
                /** @description H, multidimensional headcount ratio */
                headcount: number;
                /** @description A, average deprivation score of the poor; null when nobody is poor */
                intensity: number | null;
                /** @description M0 = H × A, adjusted headcount ratio */
                adjustedHeadcount: number;
                /** @description registered households (every status but 04 cancelled), as /stats */
                households: number;
                /** @description of those, households whose per-capita income is unknown: not deprived in income */
                unknownIncome: number;
                indicators: {
                  /** @description normalised weight */
                  weight: number;
                  uncensoredHeadcount: number;
                  censoredHeadcount: number;
                  /** @description percentage of M0; null when M0 = 0 */
                  contribution: number | null;
                  /** @enum {string} */
                  name: 'income' | 'food' | 'clothing' | 'education' | 'medical' | 'housing' | 'water';
                  /** @description share of persons whose value is not recorded (counted as not deprived) */
                  unknown: number;
                }[];
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/measures/what-if': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What a different line or monitoring multiplier would change, by child region (writes nothing) / 标准调整模拟 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description region code (a province or below), 2–12 digits; default: your first grant */
            region: string;
            /** @description default: the latest year with data */
            year?: number;
            /** @description yuan per person per year; default: the line in force */
            line?: number;
            monitoringMultiplier?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              region: string;
              year: number;
              current: {
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
              };
              proposed: {
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
              };
              total: {
                code: string;
                name: string;
                belowNow: {
                  households: number;
                  persons: number;
                };
                belowThen: {
                  households: number;
                  persons: number;
                };
                newlyBelow: {
                  households: number;
                  persons: number;
                };
                noLongerBelow: {
                  households: number;
                  persons: number;
                };
                monitoringNow: {
                  households: number;
                  persons: number;
                };
                monitoringThen: {
                  households: number;
                  persons: number;
                };
                newlyMonitoring: {
                  households: number;
                  persons: number;
                };
                noLongerMonitoring: {
                  households: number;
                  persons: number;
                };
                /** @description registered households whose per-capita income is unknown: in no range */
                unknownIncome: {
                  households: number;
                  persons: number;
                };
              };
              children: {
                code: string;
                name: string;
                belowNow: {
                  households: number;
                  persons: number;
                };
                belowThen: {
                  households: number;
                  persons: number;
                };
                newlyBelow: {
                  households: number;
                  persons: number;
                };
                noLongerBelow: {
                  households: number;
                  persons: number;
                };
                monitoringNow: {
                  households: number;
                  persons: number;
                };
                monitoringThen: {
                  households: number;
                  persons: number;
                };
                newlyMonitoring: {
                  households: number;
                  persons: number;
                };
                noLongerMonitoring: {
                  households: number;
                  persons: number;
                };
                /** @description registered households whose per-capita income is unknown: in no range */
                unknownIncome: {
                  households: number;
                  persons: number;
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail within your regions, newest first / 审计日志 */
    get: {
      parameters: {
        query?: {
          region?: string;
          entity?: string;
          entityId?: string;
          action?: string;
          before?: number;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                at: string;
                actor: string;
                source: string;
                regionCode: string | null;
                action: string;
                entity: string;
                entityId: string | null;
                before: unknown;
                after: unknown;
                requestId: string | null;
              }[];
              nextCursor: number | null;
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with username and password; sets the session cookie / 登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            username: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                capabilities: {
                  /** @description May create and change households somewhere / 可修改户档案 */
                  canWriteRegistry: boolean;
                  /** @description May import files / 可导入 */
                  canImport: boolean;
                  /** @description May read the audit trail of their regions / 可查看审计日志 */
                  canSeeAudit: boolean;
                  /** @description May manage users somewhere / 可管理用户 */
                  canManageUsers: boolean;
                  /** @description Sees personal data unmasked somewhere / 可查看个人敏感信息 */
                  canSeePersonalData: boolean;
                  /** @description The regions (with their subtrees) where the registry may be changed / 可修改户档案的区划 */
                  writeRegions: string[];
                  /** @description The regions (with their subtrees) whose users may be managed / 可管理用户的区划 */
                  userRegions: string[];
                  /** @description Reads the registry somewhere (the portal roles do not) / 可查看户档案 */
                  canReadRegistry: boolean;
                  /** @description The regions whose sites' articles may be written / 可撰写门户文章的区划 */
                  articleRegions: string[];
                  /** @description The regions whose sites' articles may be published / 可发布门户文章的区划 */
                  publishRegions: string[];
                  /** @description The regions whose sites may be set up and configured / 可管理门户网站的区划 */
                  siteRegions: string[];
                  /** @description The regions whose complaints inbox may be read / 可查看监督举报的区划 */
                  complaintRegions: string[];
                  /** @description The regions where visits, problems and assistance may be recorded / 可记录走访、问题和帮扶措施的区划 */
                  caseworkRegions: string[];
                  /** @description The regions whose units, teams, cadres and pairings may be kept / 可管理帮扶组织和结对的区划 */
                  organisationRegions: string[];
                  /** @description The regions whose projects and funds may be kept / 可管理项目资金的区划 */
                  projectRegions: string[];
                  /** @description A paired cadre: works on the households paired with them / 帮扶责任人（仅结对户） */
                  pairedCadre: boolean;
                };
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session and clear its cookie / 退出登录 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content / 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in user, their grants and what they may do / 当前用户及其权限 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                capabilities: {
                  /** @description May create and change households somewhere / 可修改户档案 */
                  canWriteRegistry: boolean;
                  /** @description May import files / 可导入 */
                  canImport: boolean;
                  /** @description May read the audit trail of their regions / 可查看审计日志 */
                  canSeeAudit: boolean;
                  /** @description May manage users somewhere / 可管理用户 */
                  canManageUsers: boolean;
                  /** @description Sees personal data unmasked somewhere / 可查看个人敏感信息 */
                  canSeePersonalData: boolean;
                  /** @description The regions (with their subtrees) where the registry may be changed / 可修改户档案的区划 */
                  writeRegions: string[];
                  /** @description The regions (with their subtrees) whose users may be managed / 可管理用户的区划 */
                  userRegions: string[];
                  /** @description Reads the registry somewhere (the portal roles do not) / 可查看户档案 */
                  canReadRegistry: boolean;
                  /** @description The regions whose sites' articles may be written / 可撰写门户文章的区划 */
                  articleRegions: string[];
                  /** @description The regions whose sites' articles may be published / 可发布门户文章的区划 */
                  publishRegions: string[];
                  /** @description The regions whose sites may be set up and configured / 可管理门户网站的区划 */
                  siteRegions: string[];
                  /** @description The regions whose complaints inbox may be read / 可查看监督举报的区划 */
                  complaintRegions: string[];
                  /** @description The regions where visits, problems and assistance may be recorded / 可记录走访、问题和帮扶措施的区划 */
                  caseworkRegions: string[];
                  /** @description The regions whose units, teams, cadres and pairings may be kept / 可管理帮扶组织和结对的区划 */
                  organisationRegions: string[];
                  /** @description The regions whose projects and funds may be kept / 可管理项目资金的区划 */
                  projectRegions: string[];
                  /** @description A paired cadre: works on the households paired with them / 帮扶责任人（仅结对户） */
                  pairedCadre: boolean;
                };
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your own password; your other sessions end / 修改本人密码 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            /** @description At least 12 characters of two kinds, or a 20-character passphrase / 密码 */
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description No content / 无内容 */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users whose grants all lie in your management scope / 用户列表 */
    get: {
      parameters: {
        query?: {
          /** @description Part of the username or display name / 用户名或姓名 */
          q?: string;
          active?: 'true' | 'false';
          /** @description Only users holding a grant inside this region / 只列在此区划内有授权的用户 */
          within?: string;
          limit?: number;
          offset?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                active: boolean;
                /** @description Consecutive failed logins / 连续登录失败次数 */
                failedLogins: number;
                /** @description ISO time the lock ends, when locked / 锁定截止时间 */
                lockedUntil: string | null;
                /** @description Locked now by failed logins (lockedUntil still ahead) / 当前因登录失败被锁定 */
                locked: boolean;
                /** @description ISO time of the last successful login / 最近登录时间 */
                lastLoginAt: string | null;
                createdAt: string;
                /** @description For optimistic concurrency / 版本号 */
                version: number;
              }[];
              total: number;
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Create a user with roles on regions / 新建用户 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Lowercase letters, digits, _ . - (2–64) / 用户名 */
            username: string;
            /** @description Display name / 姓名 */
            displayName: string;
            /** @description At least 12 characters of two kinds, or a 20-character passphrase / 密码 */
            password: string;
            grants: {
              /**
               * @description Role / 角色
               * @enum {string}
               */
              role:
                | 'system_admin'
                | 'county_admin'
                | 'town_official'
                | 'village_cadre'
                | 'inspector'
                | 'contributor'
                | 'editor'
                | 'first_secretary'
                | 'work_team'
                | 'paired_cadre';
              /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
              regionCode: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                active: boolean;
                /** @description Consecutive failed logins / 连续登录失败次数 */
                failedLogins: number;
                /** @description ISO time the lock ends, when locked / 锁定截止时间 */
                lockedUntil: string | null;
                /** @description Locked now by failed logins (lockedUntil still ahead) / 当前因登录失败被锁定 */
                locked: boolean;
                /** @description ISO time of the last successful login / 最近登录时间 */
                lastLoginAt: string | null;
                createdAt: string;
                /** @description For optimistic concurrency / 版本号 */
                version: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One user / 用户详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                active: boolean;
                /** @description Consecutive failed logins / 连续登录失败次数 */
                failedLogins: number;
                /** @description ISO time the lock ends, when locked / 锁定截止时间 */
                lockedUntil: string | null;
                /** @description Locked now by failed logins (lockedUntil still ahead) / 当前因登录失败被锁定 */
                locked: boolean;
                /** @description ISO time of the last successful login / 最近登录时间 */
                lastLoginAt: string | null;
                createdAt: string;
                /** @description For optimistic concurrency / 版本号 */
                version: number;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change display name, active, grants or password (reset), with the version read / 修改用户 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version read / 读取时的版本号 */
            version: number;
            /** @description Display name / 姓名 */
            displayName?: string;
            active?: boolean;
            /** @description Replaces all grants / 替换全部授权 */
            grants?: {
              /**
               * @description Role / 角色
               * @enum {string}
               */
              role:
                | 'system_admin'
                | 'county_admin'
                | 'town_official'
                | 'village_cadre'
                | 'inspector'
                | 'contributor'
                | 'editor'
                | 'first_secretary'
                | 'work_team'
                | 'paired_cadre';
              /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
              regionCode: string;
            }[];
            /** @description Sets a new password (reset) / 重置密码 */
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                active: boolean;
                /** @description Consecutive failed logins / 连续登录失败次数 */
                failedLogins: number;
                /** @description ISO time the lock ends, when locked / 锁定截止时间 */
                lockedUntil: string | null;
                /** @description Locked now by failed logins (lockedUntil still ahead) / 当前因登录失败被锁定 */
                locked: boolean;
                /** @description ISO time of the last successful login / 最近登录时间 */
                lastLoginAt: string | null;
                createdAt: string;
                /** @description For optimistic concurrency / 版本号 */
                version: number;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a login lock and reset the failure count / 解锁账号 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                active: boolean;
                /** @description Consecutive failed logins / 连续登录失败次数 */
                failedLogins: number;
                /** @description ISO time the lock ends, when locked / 锁定截止时间 */
                lockedUntil: string | null;
                /** @description Locked now by failed logins (lockedUntil still ahead) / 当前因登录失败被锁定 */
                locked: boolean;
                /** @description ISO time of the last successful login / 最近登录时间 */
                lastLoginAt: string | null;
                createdAt: string;
                /** @description For optimistic concurrency / 版本号 */
                version: number;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reset the password: the one given, or a generated one returned once; ends their sessions / 重置密码 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The version read / 读取时的版本号 */
            version?: number;
            /** @description The new password; omitted, a temporary one is generated and returned once / 新密码，不填则生成临时密码 */
            password?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: number;
                username: string;
                displayName: string;
                grants: {
                  /**
                   * @description Role / 角色
                   * @enum {string}
                   */
                  role:
                    | 'system_admin'
                    | 'county_admin'
                    | 'town_official'
                    | 'village_cadre'
                    | 'inspector'
                    | 'contributor'
                    | 'editor'
                    | 'first_secretary'
                    | 'work_team'
                    | 'paired_cadre';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
                active: boolean;
                /** @description Consecutive failed logins / 连续登录失败次数 */
                failedLogins: number;
                /** @description ISO time the lock ends, when locked / 锁定截止时间 */
                lockedUntil: string | null;
                /** @description Locked now by failed logins (lockedUntil still ahead) / 当前因登录失败被锁定 */
                locked: boolean;
                /** @description ISO time of the last successful login / 最近登录时间 */
                lastLoginAt: string | null;
                createdAt: string;
                /** @description For optimistic concurrency / 版本号 */
                version: number;
              };
              /** @description The generated password, shown this once; null when one was given / 生成的临时密码，仅显示一次 */
              temporaryPassword: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
        /** @description Default Response */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
                fields?: {
                  field: string;
                  code: string;
                  message: {
                    zh: string;
                    en: string;
                  };
                }[];
                details?: {
                  [key: string]: unknown;
                };
                requestId: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a CSV or XLSX file to import; it runs as a job / 上传导入文件（后台任务）
     * @description multipart/form-data with one file field (.csv or .xlsx, format in docs/import-format.md). Answers 202 with the job id; follow it at GET /api/v1/jobs/{id}, whose result is the import summary.
     */
    post: {
      parameters: {
        query?: {
          /** @description the year of the facts in the file; default: the working year (工作年度) */
          year?: number;
          /** @description true to import into a year in which your regions have no households yet while they have some in other years; without it such an import answers 409 IMPORT_NEW_YEAR / 确认导入新年度 */
          confirmNewYear?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              jobId: number;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The import template (XLSX) / 导入模板 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{jobId}/errors.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bad rows of an import job (XLSX) / 导入错误报告 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The import template (CSV) / 导入模板 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{jobId}/errors.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bad rows of an import job (CSV) / 导入错误报告 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export households and members in the import format (CSV/XLSX) / 导出
     * @description One row per active member; ID numbers, phones, bank accounts and certificate numbers are masked for roles that may not see them (the same masks as the household page; the format has no birth date column). The search q follows the household list: such roles may search by name or the last 4 characters only.
     */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits); default: your first grant */
          region?: string;
          /** @description default: the latest year with data */
          year?: number;
          /** @description 户状态 code or label */
          status?: string;
          /** @description 主要致贫原因 code or label */
          cause?: string;
          /** @description 户类型 code or label */
          type?: string;
          /** @description a member name (substring) or the last 4 characters of an ID number; roles that see personal data may also give a full ID number or its last 5–6 characters (refused with 400 SEARCH_NOT_ALLOWED for other roles) */
          q?: string;
          format?: 'xlsx' | 'csv';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A background job: status, progress, result / 后台任务状态
     * @description Visible to the user who started the job and to the administrators of its region.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              /** @description e.g. registry.import */
              kind: string;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description for an import: households done / households in the file (total is 0 while the file is read) */
              progress: {
                done: number;
                total: number;
              };
              /** @description what the job produced: for an import, its summary */
              result: unknown;
              error: {
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
              } | null;
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Poverty lines per year and province, with history / 贫困标准 */
    get: {
      parameters: {
        query?: {
          /** @description one year; default: all years */
          year?: number;
          /** @description 2-digit province code: its own lines and the national ones; default: national lines only */
          province?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description each configured year and scope, the version in force first */
              items: {
                standardId: number;
                version: number;
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
                reason: string;
                changedBy: string;
                changedAt: string;
                year: number;
                /** @description null: the national line */
                province: string | null;
                /** @description earlier versions, newest first */
                history: {
                  standardId: number;
                  version: number;
                  line: number;
                  monitoringMultiplier: number;
                  monitoringLine: number;
                  reason: string;
                  changedBy: string;
                  changedAt: string;
                }[];
              }[];
              /** @description per year, the line in force for the requested province (or the national line) */
              effective: {
                year: number;
                standardId: number;
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
                /** @enum {string} */
                source: 'national' | 'provincial';
                province: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the national poverty line of a year (a new version) / 设置国家贫困线 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description year / 年度 (2013–2100) */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description poverty line, yuan per person per year / 贫困线（元/人·年）, > 0 */
            line: number;
            /** @description monitoring range = line × this / 监测范围倍数, 1–3, default 1.5 */
            monitoringMultiplier?: number;
            /** @description why the line is set or changed / 调整理由 (required, ≤ 500) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              standardId: number;
              version: number;
              line: number;
              monitoringMultiplier: number;
              monitoringLine: number;
              reason: string;
              changedBy: string;
              changedAt: string;
              year: number;
              /** @description null: the national line */
              province: string | null;
              /** @description earlier versions, newest first */
              history: {
                standardId: number;
                version: number;
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
                reason: string;
                changedBy: string;
                changedAt: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/standards/{year}/provinces/{province}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a province's own poverty line of a year (a new version) / 设置省定贫困线 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description year / 年度 (2013–2100) */
          year: number;
          /** @description 2-digit province code / 省级代码（两位） */
          province: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description poverty line, yuan per person per year / 贫困线（元/人·年）, > 0 */
            line: number;
            /** @description monitoring range = line × this / 监测范围倍数, 1–3, default 1.5 */
            monitoringMultiplier?: number;
            /** @description why the line is set or changed / 调整理由 (required, ≤ 500) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              standardId: number;
              version: number;
              line: number;
              monitoringMultiplier: number;
              monitoringLine: number;
              reason: string;
              changedBy: string;
              changedAt: string;
              year: number;
              /** @description null: the national line */
              province: string | null;
              /** @description earlier versions, newest first */
              history: {
                standardId: number;
                version: number;
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
                reason: string;
                changedBy: string;
                changedAt: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households/{id}/assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Income against the poverty line and 两不愁三保障 + water for a year / 户评估 */
    get: {
      parameters: {
        query?: {
          /** @description default: the latest year with facts */
          year?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              householdId: number;
              year: number;
              /** @description where the household was registered that year */
              regionCode: string;
              perCapitaIncome: number | null;
              /** @description null: no poverty line configured for the year */
              standard: {
                standardId: number;
                year: number;
                line: number;
                monitoringMultiplier: number;
                monitoringLine: number;
                /** @enum {string} */
                source: 'national' | 'provincial';
                province: string;
              } | null;
              /** @description the standard the household was identified under */
              identifiedUnder: {
                standardId: number;
                year: number;
                province: string | null;
                version: number;
                line: number;
              } | null;
              belowLine: boolean | null;
              /** @description line ≤ income < line × multiplier */
              withinMonitoringRange: boolean | null;
              guarantees: {
                /** @enum {string} */
                guarantee: 'food' | 'clothing' | 'education' | 'medical' | 'housing' | 'water';
                label: {
                  zh: string;
                  en: string;
                };
                /** @enum {string} */
                state: 'secure' | 'not_secure' | 'unknown';
                /**
                 * @description null: nothing is known
                 * @enum {string|null}
                 */
                source: 'manual' | 'derived' | 'recorded' | null;
                reason: {
                  zh: string;
                  en: string;
                } | null;
              }[];
              verdicts: (
                | 'below_line'
                | 'within_monitoring_range'
                | 'guarantees_failed'
                | 'guarantees_unknown'
                | 'income_unknown'
                | 'no_standard'
                | 'secure'
              )[];
              /** @description manual assessments of the year, newest first */
              assessments: {
                id: number;
                householdId: number;
                year: number;
                /** @enum {string} */
                guarantee: 'food' | 'clothing' | 'education' | 'medical' | 'housing' | 'water';
                secure: boolean;
                reason: string;
                evidenceId: number | null;
                visitReference: string | null;
                visitDate: string | null;
                assessedBy: string;
                assessedAt: string;
                evidence: {
                  id: number;
                  fileName: string;
                  contentType: string;
                  size: number;
                  sha256: string;
                } | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households/{id}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assess one guarantee by hand, with evidence / 人工评定（须附证明材料）
     * @description A JSON body, or multipart/form-data with the same fields as text and the evidence file in the part "file". Fields: year (2013–2100), guarantee (food | clothing | education | medical | housing | water), secure (true | false), reason (text, ≤ 500), visitReference (≤ 200) with visitDate (YYYY-MM-DD, not in the future). Evidence is required: a file (PDF, JPEG, PNG, WebP or HEIC, ≤ 5 MB), a visit reference with its date, or both. The household must have facts for the year.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              householdId: number;
              year: number;
              /** @enum {string} */
              guarantee: 'food' | 'clothing' | 'education' | 'medical' | 'housing' | 'water';
              secure: boolean;
              reason: string;
              evidenceId: number | null;
              visitReference: string | null;
              visitDate: string | null;
              assessedBy: string;
              assessedAt: string;
              evidence: {
                id: number;
                fileName: string;
                contentType: string;
                size: number;
                sha256: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households/{id}/assessments/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an evidence file / 下载证明材料 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          evidenceId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/working-year': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The working year: the default year of new records, imports and the console / 工作年度 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 工作年度 / the working year */
              year: number;
              /**
               * @description set deliberately, or (not set yet) the latest year with households in the registry, or this year / 来源
               * @enum {string}
               */
              source: 'setting' | 'latest' | 'today';
              /** @description whether the caller may change it / 当前用户可否修改 */
              canChange: boolean;
            };
          };
        };
      };
    };
    /** Set the working year (country-wide system administrators; audited) / 设置工作年度 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 工作年度 / the working year */
              year: number;
              /**
               * @description set deliberately, or (not set yet) the latest year with households in the registry, or this year / 来源
               * @enum {string}
               */
              source: 'setting' | 'latest' | 'today';
              /** @description whether the caller may change it / 当前用户可否修改 */
              canChange: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rules of the procedures: notice days, exit thresholds, deadlines, per province / 程序规则
     * @description defaults apply everywhere; a province of west.provinces takes west.incidenceThreshold; provinces.<2 digits> overrides any rule for that province. Days are calendar days; stageLimitDays is case type → stage → days, with * for any. / 默认规则、西部省份贫困发生率标准、分省规则（自然日）。
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              defaults: {
                /** @description least days a notice stays up / 公示天数（自然日） */
                noticeDays: {
                  default: number;
                  monitoring: number;
                };
                /** @description 当年识别当年不得退出 */
                forbidExitInIdentificationYear: boolean;
                /** @description village/county exit below this incidence / 贫困发生率退出标准 */
                incidenceThreshold: number;
                /** @description 三率一度: wrong-exit < , missed < , public approval ≥ */
                countyThresholds: {
                  wrongExit: number;
                  missed: number;
                  approval: number;
                };
                /** @description monitoring lead to decision / 监测识别时限 */
                monitoringClockDays: number;
                /** @description assistance starts after registration / 帮扶措施落实时限 */
                assistanceStartDays: number;
                /** @description case type → stage → days, * for any / 各环节办理时限 */
                stageLimitDays: {
                  [key: string]: {
                    [key: string]: number;
                  };
                };
                /**
                 * @description the casework / 驻村帮扶规则
                 * @default {
                 *       "teamMinMembers": 3,
                 *       "teamMinTermYears": 2,
                 *       "residentShareOfWorkingDays": 0.5,
                 *       "residentDaysPerYear": null,
                 *       "visitIntervalDays": 30,
                 *       "problemDueDays": 30,
                 *       "escalationDays": {
                 *         "town": 7,
                 *         "county": 14
                 *       }
                 *     }
                 */
                casework: {
                  /** @description work-team members at least / 工作队最少人数 */
                  teamMinMembers: number;
                  /** @description work-team term at least, years / 工作队任期（年） */
                  teamMinTermYears: number;
                  /** @description share of working days in the village, per month and year / 驻村天数占工作日比例 */
                  residentShareOfWorkingDays: number;
                  /** @description days in the village a year, where a province sets it (220) / 每年驻村天数 */
                  residentDaysPerYear: number | null;
                  /** @description a paired household is visited at least every / 走访间隔（天） */
                  visitIntervalDays: number;
                  /** @description a problem is due after, unless given / 问题整改时限（天） */
                  problemDueDays: number;
                  /** @description days overdue before a problem goes to the town, then the county / 逾期上报天数 */
                  escalationDays: {
                    town: number;
                    county: number;
                  };
                };
              };
              west: {
                /** @description western provinces / 西部省份 */
                provinces: string[];
                /** @description their incidence threshold / 西部贫困发生率退出标准 */
                incidenceThreshold: number;
              };
              /** @description overrides by province / 分省规则 */
              provinces: {
                [key: string]: {
                  noticeDays?: {
                    default?: number;
                    monitoring?: number;
                  };
                  /** @description 当年识别当年不得退出 */
                  forbidExitInIdentificationYear?: boolean;
                  /** @description village/county exit below this incidence / 贫困发生率退出标准 */
                  incidenceThreshold?: number;
                  countyThresholds?: {
                    wrongExit?: number;
                    missed?: number;
                    approval?: number;
                  };
                  /** @description monitoring lead to decision / 监测识别时限 */
                  monitoringClockDays?: number;
                  /** @description assistance starts after registration / 帮扶措施落实时限 */
                  assistanceStartDays?: number;
                  /** @description case type → stage → days, * for any / 各环节办理时限 */
                  stageLimitDays?: {
                    [key: string]: {
                      [key: string]: number;
                    };
                  };
                  casework?: {
                    /** @description work-team members at least / 工作队最少人数 */
                    teamMinMembers?: number;
                    /** @description work-team term at least, years / 工作队任期（年） */
                    teamMinTermYears?: number;
                    /** @description share of working days in the village, per month and year / 驻村天数占工作日比例 */
                    residentShareOfWorkingDays?: number;
                    /** @description days in the village a year, where a province sets it (220) / 每年驻村天数 */
                    residentDaysPerYear?: number | null;
                    /** @description a paired household is visited at least every / 走访间隔（天） */
                    visitIntervalDays?: number;
                    /** @description a problem is due after, unless given / 问题整改时限（天） */
                    problemDueDays?: number;
                    /** @description days overdue before a problem goes to the town, then the county / 逾期上报天数 */
                    escalationDays?: {
                      town: number;
                      county: number;
                    };
                  };
                };
              };
              /**
               * @description saved, or the built-in defaults / 来源
               * @enum {string}
               */
              source: 'setting' | 'default';
              /** @description whether the caller may change it / 当前用户可否修改 */
              canChange: boolean;
            };
          };
        };
      };
    };
    /**
     * Set the rules of the procedures (country-wide system administrators; audited) / 设置程序规则
     * @description defaults apply everywhere; a province of west.provinces takes west.incidenceThreshold; provinces.<2 digits> overrides any rule for that province. Days are calendar days; stageLimitDays is case type → stage → days, with * for any. / 默认规则、西部省份贫困发生率标准、分省规则（自然日）。
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            defaults: {
              /** @description least days a notice stays up / 公示天数（自然日） */
              noticeDays: {
                default: number;
                monitoring: number;
              };
              /** @description 当年识别当年不得退出 */
              forbidExitInIdentificationYear: boolean;
              /** @description village/county exit below this incidence / 贫困发生率退出标准 */
              incidenceThreshold: number;
              /** @description 三率一度: wrong-exit < , missed < , public approval ≥ */
              countyThresholds: {
                wrongExit: number;
                missed: number;
                approval: number;
              };
              /** @description monitoring lead to decision / 监测识别时限 */
              monitoringClockDays: number;
              /** @description assistance starts after registration / 帮扶措施落实时限 */
              assistanceStartDays: number;
              /** @description case type → stage → days, * for any / 各环节办理时限 */
              stageLimitDays: {
                [key: string]: {
                  [key: string]: number;
                };
              };
              /**
               * @description the casework / 驻村帮扶规则
               * @default {
               *       "teamMinMembers": 3,
               *       "teamMinTermYears": 2,
               *       "residentShareOfWorkingDays": 0.5,
               *       "residentDaysPerYear": null,
               *       "visitIntervalDays": 30,
               *       "problemDueDays": 30,
               *       "escalationDays": {
               *         "town": 7,
               *         "county": 14
               *       }
               *     }
               */
              casework?: {
                /** @description work-team members at least / 工作队最少人数 */
                teamMinMembers: number;
                /** @description work-team term at least, years / 工作队任期（年） */
                teamMinTermYears: number;
                /** @description share of working days in the village, per month and year / 驻村天数占工作日比例 */
                residentShareOfWorkingDays: number;
                /** @description days in the village a year, where a province sets it (220) / 每年驻村天数 */
                residentDaysPerYear: number | null;
                /** @description a paired household is visited at least every / 走访间隔（天） */
                visitIntervalDays: number;
                /** @description a problem is due after, unless given / 问题整改时限（天） */
                problemDueDays: number;
                /** @description days overdue before a problem goes to the town, then the county / 逾期上报天数 */
                escalationDays: {
                  town: number;
                  county: number;
                };
              };
            };
            west: {
              /** @description western provinces / 西部省份 */
              provinces: string[];
              /** @description their incidence threshold / 西部贫困发生率退出标准 */
              incidenceThreshold: number;
            };
            /** @description overrides by province / 分省规则 */
            provinces: {
              [key: string]: {
                noticeDays?: {
                  default?: number;
                  monitoring?: number;
                };
                /** @description 当年识别当年不得退出 */
                forbidExitInIdentificationYear?: boolean;
                /** @description village/county exit below this incidence / 贫困发生率退出标准 */
                incidenceThreshold?: number;
                countyThresholds?: {
                  wrongExit?: number;
                  missed?: number;
                  approval?: number;
                };
                /** @description monitoring lead to decision / 监测识别时限 */
                monitoringClockDays?: number;
                /** @description assistance starts after registration / 帮扶措施落实时限 */
                assistanceStartDays?: number;
                /** @description case type → stage → days, * for any / 各环节办理时限 */
                stageLimitDays?: {
                  [key: string]: {
                    [key: string]: number;
                  };
                };
                casework?: {
                  /** @description work-team members at least / 工作队最少人数 */
                  teamMinMembers?: number;
                  /** @description work-team term at least, years / 工作队任期（年） */
                  teamMinTermYears?: number;
                  /** @description share of working days in the village, per month and year / 驻村天数占工作日比例 */
                  residentShareOfWorkingDays?: number;
                  /** @description days in the village a year, where a province sets it (220) / 每年驻村天数 */
                  residentDaysPerYear?: number | null;
                  /** @description a paired household is visited at least every / 走访间隔（天） */
                  visitIntervalDays?: number;
                  /** @description a problem is due after, unless given / 问题整改时限（天） */
                  problemDueDays?: number;
                  /** @description days overdue before a problem goes to the town, then the county / 逾期上报天数 */
                  escalationDays?: {
                    town: number;
                    county: number;
                  };
                };
              };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              defaults: {
                /** @description least days a notice stays up / 公示天数（自然日） */
                noticeDays: {
                  default: number;
                  monitoring: number;
                };
                /** @description 当年识别当年不得退出 */
                forbidExitInIdentificationYear: boolean;
                /** @description village/county exit below this incidence / 贫困发生率退出标准 */
                incidenceThreshold: number;
                /** @description 三率一度: wrong-exit < , missed < , public approval ≥ */
                countyThresholds: {
                  wrongExit: number;
                  missed: number;
                  approval: number;
                };
                /** @description monitoring lead to decision / 监测识别时限 */
                monitoringClockDays: number;
                /** @description assistance starts after registration / 帮扶措施落实时限 */
                assistanceStartDays: number;
                /** @description case type → stage → days, * for any / 各环节办理时限 */
                stageLimitDays: {
                  [key: string]: {
                    [key: string]: number;
                  };
                };
                /**
                 * @description the casework / 驻村帮扶规则
                 * @default {
                 *       "teamMinMembers": 3,
                 *       "teamMinTermYears": 2,
                 *       "residentShareOfWorkingDays": 0.5,
                 *       "residentDaysPerYear": null,
                 *       "visitIntervalDays": 30,
                 *       "problemDueDays": 30,
                 *       "escalationDays": {
                 *         "town": 7,
                 *         "county": 14
                 *       }
                 *     }
                 */
                casework: {
                  /** @description work-team members at least / 工作队最少人数 */
                  teamMinMembers: number;
                  /** @description work-team term at least, years / 工作队任期（年） */
                  teamMinTermYears: number;
                  /** @description share of working days in the village, per month and year / 驻村天数占工作日比例 */
                  residentShareOfWorkingDays: number;
                  /** @description days in the village a year, where a province sets it (220) / 每年驻村天数 */
                  residentDaysPerYear: number | null;
                  /** @description a paired household is visited at least every / 走访间隔（天） */
                  visitIntervalDays: number;
                  /** @description a problem is due after, unless given / 问题整改时限（天） */
                  problemDueDays: number;
                  /** @description days overdue before a problem goes to the town, then the county / 逾期上报天数 */
                  escalationDays: {
                    town: number;
                    county: number;
                  };
                };
              };
              west: {
                /** @description western provinces / 西部省份 */
                provinces: string[];
                /** @description their incidence threshold / 西部贫困发生率退出标准 */
                incidenceThreshold: number;
              };
              /** @description overrides by province / 分省规则 */
              provinces: {
                [key: string]: {
                  noticeDays?: {
                    default?: number;
                    monitoring?: number;
                  };
                  /** @description 当年识别当年不得退出 */
                  forbidExitInIdentificationYear?: boolean;
                  /** @description village/county exit below this incidence / 贫困发生率退出标准 */
                  incidenceThreshold?: number;
                  countyThresholds?: {
                    wrongExit?: number;
                    missed?: number;
                    approval?: number;
                  };
                  /** @description monitoring lead to decision / 监测识别时限 */
                  monitoringClockDays?: number;
                  /** @description assistance starts after registration / 帮扶措施落实时限 */
                  assistanceStartDays?: number;
                  /** @description case type → stage → days, * for any / 各环节办理时限 */
                  stageLimitDays?: {
                    [key: string]: {
                      [key: string]: number;
                    };
                  };
                  casework?: {
                    /** @description work-team members at least / 工作队最少人数 */
                    teamMinMembers?: number;
                    /** @description work-team term at least, years / 工作队任期（年） */
                    teamMinTermYears?: number;
                    /** @description share of working days in the village, per month and year / 驻村天数占工作日比例 */
                    residentShareOfWorkingDays?: number;
                    /** @description days in the village a year, where a province sets it (220) / 每年驻村天数 */
                    residentDaysPerYear?: number | null;
                    /** @description a paired household is visited at least every / 走访间隔（天） */
                    visitIntervalDays?: number;
                    /** @description a problem is due after, unless given / 问题整改时限（天） */
                    problemDueDays?: number;
                    /** @description days overdue before a problem goes to the town, then the county / 逾期上报天数 */
                    escalationDays?: {
                      town: number;
                      county: number;
                    };
                  };
                };
              };
              /**
               * @description saved, or the built-in defaults / 来源
               * @enum {string}
               */
              source: 'setting' | 'default';
              /** @description whether the caller may change it / 当前用户可否修改 */
              canChange: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/case-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The procedures as transition tables / 各程序的步骤表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description 程序类型 / procedure
               * @enum {string}
               */
              type:
                | 'identification'
                | 'return'
                | 'exit'
                | 'monitoring'
                | 'risk_elimination'
                | 'village_exit'
                | 'county_exit';
              label: {
                zh: string;
                en: string;
              };
              /** @enum {string} */
              subject: 'household' | 'village' | 'county';
              stages: string[];
              steps: {
                /**
                 * @description 步骤 / action
                 * @enum {string}
                 */
                action:
                  | 'appraise'
                  | 'verify'
                  | 'sign'
                  | 'visit'
                  | 'cross_check'
                  | 'post_notice'
                  | 'end_notice'
                  | 'town_approve'
                  | 'county_approve'
                  | 'province_approve'
                  | 'reject'
                  | 'withdraw';
                from: string;
                to: string;
                /** @enum {string} */
                role: 'village_cadre' | 'town_official' | 'county_admin';
                /** @enum {string} */
                level: 'village' | 'town' | 'county' | 'province';
                requires: string[];
                checks: string[];
                posts?: string;
                decides?: boolean;
              }[];
              reverify: string;
              /** @enum {string} */
              noticePeriod: 'default' | 'monitoring';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases in the caller’s regions, in keyset pages / 案件列表 */
    get: {
      parameters: {
        query?: {
          /** @description 地区（含下级） / region subtree */
          regionCode?: string;
          /** @description 程序类型 / procedure */
          type?:
            | 'identification'
            | 'return'
            | 'exit'
            | 'monitoring'
            | 'risk_elimination'
            | 'village_exit'
            | 'county_exit';
          stage?: string;
          state?: 'open' | 'closed' | 'all';
          overdue?: 'true' | 'false';
          householdId?: number;
          year?: number;
          /** @description 游标：上一页最后一条的 id / cursor */
          after?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                /**
                 * @description 程序类型 / procedure
                 * @enum {string}
                 */
                type:
                  | 'identification'
                  | 'return'
                  | 'exit'
                  | 'monitoring'
                  | 'risk_elimination'
                  | 'village_exit'
                  | 'county_exit';
                householdId: number | null;
                householdNo: string | null;
                headName: string | null;
                regionCode: string;
                regionName: string | null;
                year: number;
                stage: string;
                /** @enum {string|null} */
                outcome: 'completed' | 'rejected' | 'withdrawn' | null;
                version: number;
                openedOn: string;
                stageSince: string;
                closedOn: string | null;
                noticeReady: boolean;
                overdue: boolean;
                escalatedTo: string | null;
              }[];
              /** @description cursor of the next page / 下一页游标 */
              next: number | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Open a case (application, proposal, lead, or a village/county exit) / 发起程序 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 程序类型 / procedure
             * @enum {string}
             */
            type:
              | 'identification'
              | 'return'
              | 'exit'
              | 'monitoring'
              | 'risk_elimination'
              | 'village_exit'
              | 'county_exit';
            /** @description 户 / the household (household procedures) */
            householdId?: number;
            /** @description 村或县 / the village (village_exit) or county (county_exit), 12 digits */
            regionCode?: string;
            year: number;
            /** @description 事由 / why the case is opened */
            reason: string;
            /** @description 申请/提出日期 / the day it was opened (default today) */
            date?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              /**
               * @description 程序类型 / procedure
               * @enum {string}
               */
              type:
                | 'identification'
                | 'return'
                | 'exit'
                | 'monitoring'
                | 'risk_elimination'
                | 'village_exit'
                | 'county_exit';
              householdId: number | null;
              householdNo: string | null;
              headName: string | null;
              regionCode: string;
              regionName: string | null;
              year: number;
              stage: string;
              /** @enum {string|null} */
              outcome: 'completed' | 'rejected' | 'withdrawn' | null;
              version: number;
              openedOn: string;
              stageSince: string;
              closedOn: string | null;
              noticeReady: boolean;
              overdue: boolean;
              escalatedTo: string | null;
              reason: string;
              facts: {
                [key: string]: unknown;
              };
              events: {
                id: number;
                action: string;
                fromStage: string | null;
                toStage: string;
                actor: string;
                actorRole: string;
                actorRegion: string;
                date: string;
                comment: string | null;
                reason: string | null;
                inputs: {
                  [key: string]: unknown;
                };
                createdAt: string;
              }[];
              notices: {
                id: number;
                serial: string;
                /** @enum {string} */
                level: 'village' | 'town' | 'county' | 'announcement';
                title: string;
                regionCode: string;
                postedOn: string;
                periodDays: number;
                endsOn: string;
                endedOn: string | null;
              }[];
              objections: {
                id: number;
                noticeId: number;
                /** @enum {string} */
                source: 'staff' | 'public';
                content: string;
                name: string | null;
                phone: string | null;
                receivedOn: string;
                /** @enum {string|null} */
                outcome: 'upheld' | 'dismissed' | null;
                answer: string | null;
                answeredOn: string | null;
                version: number;
              }[];
              evidence: {
                id: number;
                fileName: string;
                contentType: string;
                size: number;
                sha256: string;
                createdAt: string;
              }[];
              /** @description what this user may do now / 当前用户现在可办理的步骤 */
              actions: {
                /**
                 * @description 步骤 / action
                 * @enum {string}
                 */
                action:
                  | 'appraise'
                  | 'verify'
                  | 'sign'
                  | 'visit'
                  | 'cross_check'
                  | 'post_notice'
                  | 'end_notice'
                  | 'town_approve'
                  | 'county_approve'
                  | 'province_approve'
                  | 'reject'
                  | 'withdraw';
                to: string;
                requires: string[];
                checks: string[];
                posts?: string;
                needsReason: boolean;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open cases in the caller’s regions by type and stage, and the overdue / 在办案件数 */
    get: {
      parameters: {
        query?: {
          /** @description 地区（含下级） / region subtree */
          regionCode?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              byStage: {
                /**
                 * @description 程序类型 / procedure
                 * @enum {string}
                 */
                type:
                  | 'identification'
                  | 'return'
                  | 'exit'
                  | 'monitoring'
                  | 'risk_elimination'
                  | 'village_exit'
                  | 'county_exit';
                stage: string;
                count: number;
              }[];
              /** @description 超期件数 / open cases overdue */
              overdue: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case: stage, events, notices, objections, evidence, the steps the caller may take / 案件详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              /**
               * @description 程序类型 / procedure
               * @enum {string}
               */
              type:
                | 'identification'
                | 'return'
                | 'exit'
                | 'monitoring'
                | 'risk_elimination'
                | 'village_exit'
                | 'county_exit';
              householdId: number | null;
              householdNo: string | null;
              headName: string | null;
              regionCode: string;
              regionName: string | null;
              year: number;
              stage: string;
              /** @enum {string|null} */
              outcome: 'completed' | 'rejected' | 'withdrawn' | null;
              version: number;
              openedOn: string;
              stageSince: string;
              closedOn: string | null;
              noticeReady: boolean;
              overdue: boolean;
              escalatedTo: string | null;
              reason: string;
              facts: {
                [key: string]: unknown;
              };
              events: {
                id: number;
                action: string;
                fromStage: string | null;
                toStage: string;
                actor: string;
                actorRole: string;
                actorRegion: string;
                date: string;
                comment: string | null;
                reason: string | null;
                inputs: {
                  [key: string]: unknown;
                };
                createdAt: string;
              }[];
              notices: {
                id: number;
                serial: string;
                /** @enum {string} */
                level: 'village' | 'town' | 'county' | 'announcement';
                title: string;
                regionCode: string;
                postedOn: string;
                periodDays: number;
                endsOn: string;
                endedOn: string | null;
              }[];
              objections: {
                id: number;
                noticeId: number;
                /** @enum {string} */
                source: 'staff' | 'public';
                content: string;
                name: string | null;
                phone: string | null;
                receivedOn: string;
                /** @enum {string|null} */
                outcome: 'upheld' | 'dismissed' | null;
                answer: string | null;
                answeredOn: string | null;
                version: number;
              }[];
              evidence: {
                id: number;
                fileName: string;
                contentType: string;
                size: number;
                sha256: string;
                createdAt: string;
              }[];
              /** @description what this user may do now / 当前用户现在可办理的步骤 */
              actions: {
                /**
                 * @description 步骤 / action
                 * @enum {string}
                 */
                action:
                  | 'appraise'
                  | 'verify'
                  | 'sign'
                  | 'visit'
                  | 'cross_check'
                  | 'post_notice'
                  | 'end_notice'
                  | 'town_approve'
                  | 'county_approve'
                  | 'province_approve'
                  | 'reject'
                  | 'withdraw';
                to: string;
                requires: string[];
                checks: string[];
                posts?: string;
                needsReason: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take a step of the procedure (guarded; one transaction) / 办理步骤 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 步骤 / action
             * @enum {string}
             */
            action:
              | 'appraise'
              | 'verify'
              | 'sign'
              | 'visit'
              | 'cross_check'
              | 'post_notice'
              | 'end_notice'
              | 'town_approve'
              | 'county_approve'
              | 'province_approve'
              | 'reject'
              | 'withdraw';
            version: number;
            /** @description 办理日期 / the day the step happened (default today) */
            date?: string;
            comment?: string;
            /** @description 理由 / required to reject or withdraw */
            reason?: string;
            inputs?: {
              /** @description 评议会议记录 / minutes of the democratic appraisal */
              minutes?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
              /** @description 表决 / votes {present, for, against} */
              votes?: {
                present: number;
                for: number;
                against: number;
              };
              /** @description 农户签字 / the household’s signature */
              signature?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
              /** @description 农户书面授权 / written authorisation of the visit */
              authorisation?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
              householdType?: string;
              mainCause?: string;
              secondaryCauses?: string[];
              monitoringType?: string;
              riskTypes?: string[];
              /** @description 错退率 / wrong-exit rate (0–1) */
              wrongExitRate?: number;
              /** @description 漏评率 / missed-identification rate (0–1) */
              missedRate?: number;
              /** @description 群众认可度 / public approval (0–1) */
              approvalRate?: number;
              /** @description 评估报告 / the evaluation behind the figures */
              figuresEvidence?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              /**
               * @description 程序类型 / procedure
               * @enum {string}
               */
              type:
                | 'identification'
                | 'return'
                | 'exit'
                | 'monitoring'
                | 'risk_elimination'
                | 'village_exit'
                | 'county_exit';
              householdId: number | null;
              householdNo: string | null;
              headName: string | null;
              regionCode: string;
              regionName: string | null;
              year: number;
              stage: string;
              /** @enum {string|null} */
              outcome: 'completed' | 'rejected' | 'withdrawn' | null;
              version: number;
              openedOn: string;
              stageSince: string;
              closedOn: string | null;
              noticeReady: boolean;
              overdue: boolean;
              escalatedTo: string | null;
              reason: string;
              facts: {
                [key: string]: unknown;
              };
              events: {
                id: number;
                action: string;
                fromStage: string | null;
                toStage: string;
                actor: string;
                actorRole: string;
                actorRegion: string;
                date: string;
                comment: string | null;
                reason: string | null;
                inputs: {
                  [key: string]: unknown;
                };
                createdAt: string;
              }[];
              notices: {
                id: number;
                serial: string;
                /** @enum {string} */
                level: 'village' | 'town' | 'county' | 'announcement';
                title: string;
                regionCode: string;
                postedOn: string;
                periodDays: number;
                endsOn: string;
                endedOn: string | null;
              }[];
              objections: {
                id: number;
                noticeId: number;
                /** @enum {string} */
                source: 'staff' | 'public';
                content: string;
                name: string | null;
                phone: string | null;
                receivedOn: string;
                /** @enum {string|null} */
                outcome: 'upheld' | 'dismissed' | null;
                answer: string | null;
                answeredOn: string | null;
                version: number;
              }[];
              evidence: {
                id: number;
                fileName: string;
                contentType: string;
                size: number;
                sha256: string;
                createdAt: string;
              }[];
              /** @description what this user may do now / 当前用户现在可办理的步骤 */
              actions: {
                /**
                 * @description 步骤 / action
                 * @enum {string}
                 */
                action:
                  | 'appraise'
                  | 'verify'
                  | 'sign'
                  | 'visit'
                  | 'cross_check'
                  | 'post_notice'
                  | 'end_notice'
                  | 'town_approve'
                  | 'county_approve'
                  | 'province_approve'
                  | 'reject'
                  | 'withdraw';
                to: string;
                requires: string[];
                checks: string[];
                posts?: string;
                needsReason: boolean;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a file a step relies on (PDF, JPEG, PNG, WebP, HEIC; ≤ 5 MB) / 上传程序材料 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              fileName: string;
              contentType: string;
              size: number;
              sha256: string;
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/evidence/{evidenceId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file of a case (audited) / 下载程序材料 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          evidenceId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notices of cases in your regions, newest first / 公示公告列表 */
    get: {
      parameters: {
        query?: {
          /** @description 地区（含下级） / region subtree */
          regionCode?: string;
          /** @description 游标：上一页最后一条的 id / cursor */
          after?: number;
          limit?: number;
          /** @description 公示级别 / notice level */
          level?: 'village' | 'town' | 'county' | 'announcement';
          /** @description true: 公示期内且未结束 / in its period and not ended */
          active?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                serial: string;
                /** @enum {string} */
                level: 'village' | 'town' | 'county' | 'announcement';
                title: string;
                regionCode: string;
                postedOn: string;
                periodDays: number;
                endsOn: string;
                endedOn: string | null;
              }[];
              /** @description cursor of the next page / 下一页游标 */
              next: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{serial}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One notice with its text / 公示详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 公示编号 / notice serial, e.g. 371324-2026-000123 */
          serial: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              serial: string;
              /** @enum {string} */
              level: 'village' | 'town' | 'county' | 'announcement';
              title: string;
              regionCode: string;
              postedOn: string;
              periodDays: number;
              endsOn: string;
              endedOn: string | null;
              body: {
                procedure: string;
                /** @description 公示 or 公告 */
                kind: string;
                /** @description 村、乡镇、县 / where */
                place: string;
                rows: {
                  /** @description 户主姓名或地区名称 / head of household, or the village or county */
                  name: string;
                  /** @description 家庭人口 / household size */
                  size: number | null;
                  village: string | null;
                  reason: string;
                }[];
                issuer: string;
                contact: string;
                supervision: string;
              };
              open: boolean;
              caseId: number;
              /**
               * @description 程序类型 / procedure
               * @enum {string}
               */
              caseType:
                | 'identification'
                | 'return'
                | 'exit'
                | 'monitoring'
                | 'risk_elimination'
                | 'village_exit'
                | 'county_exit';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{serial}.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notice as a printable page / 公示打印页（HTML） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 公示编号 / notice serial, e.g. 371324-2026-000123 */
          serial: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notices/{serial}.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The notice as PDF (503 without a CJK font) / 公示 PDF */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 公示编号 / notice serial, e.g. 371324-2026-000123 */
          serial: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/{id}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record an objection to the case’s running notice / 登记异议
     * @description 422 NO_NOTICE when no notice runs; the date (default today) not in the future nor before the notice (422 DATE_INVALID).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 异议内容 / the objection */
            content: string;
            /** @description 反映人姓名（不公开） / who raised it (private) */
            name?: string;
            /** @description 联系电话（不公开） / phone (private) */
            phone?: string;
            /** @description 收到日期 / the day it was received (default today) */
            date?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              noticeId: number;
              /** @enum {string} */
              source: 'staff' | 'public';
              content: string;
              name: string | null;
              phone: string | null;
              receivedOn: string;
              /** @enum {string|null} */
              outcome: 'upheld' | 'dismissed' | null;
              answer: string | null;
              answeredOn: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/objections/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Answer an objection on record / 答复异议
     * @description By the role that ends the notice’s level (village: village_cadre, town: town_official, county and announcement: county_admin). upheld: the notice ends and the case goes back to verification; dismissed: the notice may end. 409 on a stale version, 422 OBJECTION_ANSWERED, DATE_INVALID.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description upheld 成立: 退回核实 / dismissed 不成立
             * @enum {string}
             */
            outcome: 'upheld' | 'dismissed';
            /** @description 答复 / the answer on record */
            answer: string;
            /** @description 答复日期 / the day of the answer (default today) */
            date?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              noticeId: number;
              /** @enum {string} */
              source: 'staff' | 'public';
              content: string;
              name: string | null;
              phone: string | null;
              receivedOn: string;
              /** @enum {string|null} */
              outcome: 'upheld' | 'dismissed' | null;
              answer: string | null;
              answeredOn: string | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notices in their period or ended within a year / 公示公告（公开） */
    get: {
      parameters: {
        query?: {
          /** @description 地区（含下级） / region subtree */
          regionCode?: string;
          /** @description 游标：上一页最后一条的 id / cursor */
          after?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                serial: string;
                /** @enum {string} */
                level: 'village' | 'town' | 'county' | 'announcement';
                title: string;
                regionCode: string;
                postedOn: string;
                periodDays: number;
                endsOn: string;
                endedOn: string | null;
              }[];
              /** @description cursor of the next page / 下一页游标 */
              next: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/notices/{serial}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One notice with its text / 公示详情（公开） */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 公示编号 / notice serial, e.g. 371324-2026-000123 */
          serial: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              serial: string;
              /** @enum {string} */
              level: 'village' | 'town' | 'county' | 'announcement';
              title: string;
              regionCode: string;
              postedOn: string;
              periodDays: number;
              endsOn: string;
              endedOn: string | null;
              body: {
                procedure: string;
                /** @description 公示 or 公告 */
                kind: string;
                /** @description 村、乡镇、县 / where */
                place: string;
                rows: {
                  /** @description 户主姓名或地区名称 / head of household, or the village or county */
                  name: string;
                  /** @description 家庭人口 / household size */
                  size: number | null;
                  village: string | null;
                  reason: string;
                }[];
                issuer: string;
                contact: string;
                supervision: string;
              };
              open: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/notices/{serial}/objections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Object to a notice during its period / 提出异议（公开）
     * @description content ≤ 2000 characters; name and phone optional and private (never shown on a notice or echoed). humanToken and humanAnswer: the question of GET /api/public/human-check (422 HUMAN_CHECK_FAILED). 422 NOTICE_CLOSED outside the notice's period; 429 RATE_LIMITED after 5 an hour from one address to one notice.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 公示编号 / notice serial, e.g. 371324-2026-000123 */
          serial: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 异议内容 / the objection */
            content: string;
            /** @description 反映人姓名（不公开） / who raised it (private) */
            name?: string;
            /** @description 联系电话（不公开） / phone (private) */
            phone?: string;
            /** @description 人机验证令牌 / the token of GET /api/public/human-check */
            humanToken?: string;
            /** @description 人机验证答案 / the answer to its question */
            humanAnswer?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              serial: string;
              receivedOn: string;
              message: {
                zh: string;
                en: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cases/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * One step on many cases (by ids or a filter), each guarded / 批量办理
     * @description Cases by `caseIds` or a `filter` {regionCode, type, stage} within the caller’s regions. Each case is all-or-nothing and answers {id, ok, code, message}; a case outside the caller’s regions answers NOT_FOUND. More than 1,000 cases run as a job: 202 with `jobId`, followed at GET /api/v1/jobs/{id}, whose result counts the cases per refusal code and lists the refused ids.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseIds?: number[];
            filter?: {
              regionCode: string;
              /**
               * @description 程序类型 / procedure
               * @enum {string}
               */
              type:
                | 'identification'
                | 'return'
                | 'exit'
                | 'monitoring'
                | 'risk_elimination'
                | 'village_exit'
                | 'county_exit';
              stage: string;
            };
            /**
             * @description 步骤 / action
             * @enum {string}
             */
            action:
              | 'appraise'
              | 'verify'
              | 'sign'
              | 'visit'
              | 'cross_check'
              | 'post_notice'
              | 'end_notice'
              | 'town_approve'
              | 'county_approve'
              | 'province_approve'
              | 'reject'
              | 'withdraw';
            /** @description YYYY-MM-DD */
            date?: string;
            comment?: string;
            reason?: string;
            inputs?: {
              /** @description 评议会议记录 / minutes of the democratic appraisal */
              minutes?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
              /** @description 表决 / votes {present, for, against} */
              votes?: {
                present: number;
                for: number;
                against: number;
              };
              /** @description 农户签字 / the household’s signature */
              signature?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
              /** @description 农户书面授权 / written authorisation of the visit */
              authorisation?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
              householdType?: string;
              mainCause?: string;
              secondaryCauses?: string[];
              monitoringType?: string;
              riskTypes?: string[];
              /** @description 错退率 / wrong-exit rate (0–1) */
              wrongExitRate?: number;
              /** @description 漏评率 / missed-identification rate (0–1) */
              missedRate?: number;
              /** @description 群众认可度 / public approval (0–1) */
              approvalRate?: number;
              /** @description 评估报告 / the evaluation behind the figures */
              figuresEvidence?:
                | {
                    evidenceId: number;
                  }
                | {
                    documentNo: string;
                    /** @description YYYY-MM-DD */
                    date: string;
                  };
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                id: number;
                ok: boolean;
                code: string | null;
                message: {
                  zh: string;
                  en: string;
                } | null;
              }[];
              /** @description more than 1,000 cases run as a job / 超过 1000 件时为后台任务 */
              jobId: number | null;
            };
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                id: number;
                ok: boolean;
                code: string | null;
                message: {
                  zh: string;
                  en: string;
                } | null;
              }[];
              /** @description more than 1,000 cases run as a job / 超过 1000 件时为后台任务 */
              jobId: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The portal sites you may edit / 门户网站列表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                regionCode: string;
                regionName: string;
                name: string;
                logoImageId: number | null;
                footer: {
                  /** @description 主办单位 / sponsor */
                  sponsor?: string;
                  /** @description 承办单位 / organiser */
                  organizer?: string;
                  /** @description 网站标识码 / government site code */
                  siteId?: string;
                  /** @description ICP备案号 / ICP licence */
                  icp?: string;
                  /** @description 公安机关备案号 / public security filing */
                  police?: string;
                  /** @description 联系方式 / contact */
                  contact?: string;
                  /** @description 监督电话 / supervision line, e.g. 12317 */
                  supervision?: string;
                  /** @description 找错 / where to report an error */
                  errorReportUrl?: string;
                };
                isPrimary: boolean;
                version: number;
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create a county’s or town’s site with the default columns / 建立门户网站
     * @description 409 SITE_EXISTS when the region has one; 422 SITE_REGION unless a county or a town.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 县或乡镇的 12 位区划代码 / a county or town code */
            regionCode: string;
            /** @description 网站名称 / site name */
            name: string;
            footer?: {
              /** @description 主办单位 / sponsor */
              sponsor?: string;
              /** @description 承办单位 / organiser */
              organizer?: string;
              /** @description 网站标识码 / government site code */
              siteId?: string;
              /** @description ICP备案号 / ICP licence */
              icp?: string;
              /** @description 公安机关备案号 / public security filing */
              police?: string;
              /** @description 联系方式 / contact */
              contact?: string;
              /** @description 监督电话 / supervision line, e.g. 12317 */
              supervision?: string;
              /** @description 找错 / where to report an error */
              errorReportUrl?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string;
              name: string;
              logoImageId: number | null;
              footer: {
                /** @description 主办单位 / sponsor */
                sponsor?: string;
                /** @description 承办单位 / organiser */
                organizer?: string;
                /** @description 网站标识码 / government site code */
                siteId?: string;
                /** @description ICP备案号 / ICP licence */
                icp?: string;
                /** @description 公安机关备案号 / public security filing */
                police?: string;
                /** @description 联系方式 / contact */
                contact?: string;
                /** @description 监督电话 / supervision line, e.g. 12317 */
                supervision?: string;
                /** @description 找错 / where to report an error */
                errorReportUrl?: string;
              };
              isPrimary: boolean;
              version: number;
              createdAt: string;
              updatedAt: string;
              columns: {
                id: number;
                siteId: number;
                slug: string;
                name: string;
                /** @enum {string} */
                kind: 'articles' | 'notices' | 'disclosures' | 'complaints';
                position: number;
                staleDays: number | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/sites/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A site with its columns / 网站详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string;
              name: string;
              logoImageId: number | null;
              footer: {
                /** @description 主办单位 / sponsor */
                sponsor?: string;
                /** @description 承办单位 / organiser */
                organizer?: string;
                /** @description 网站标识码 / government site code */
                siteId?: string;
                /** @description ICP备案号 / ICP licence */
                icp?: string;
                /** @description 公安机关备案号 / public security filing */
                police?: string;
                /** @description 联系方式 / contact */
                contact?: string;
                /** @description 监督电话 / supervision line, e.g. 12317 */
                supervision?: string;
                /** @description 找错 / where to report an error */
                errorReportUrl?: string;
              };
              isPrimary: boolean;
              version: number;
              createdAt: string;
              updatedAt: string;
              columns: {
                id: number;
                siteId: number;
                slug: string;
                name: string;
                /** @enum {string} */
                kind: 'articles' | 'notices' | 'disclosures' | 'complaints';
                position: number;
                staleDays: number | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a site’s name, footer, logo or primary flag / 修改网站设置
     * @description 409 on a stale version; the primary flag moves from the site that held it.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 读取时的版本号 / version read */
            version: number;
            /** @description 网站名称 / site name */
            name?: string;
            footer?: {
              /** @description 主办单位 / sponsor */
              sponsor?: string;
              /** @description 承办单位 / organiser */
              organizer?: string;
              /** @description 网站标识码 / government site code */
              siteId?: string;
              /** @description ICP备案号 / ICP licence */
              icp?: string;
              /** @description 公安机关备案号 / public security filing */
              police?: string;
              /** @description 联系方式 / contact */
              contact?: string;
              /** @description 监督电话 / supervision line, e.g. 12317 */
              supervision?: string;
              /** @description 找错 / where to report an error */
              errorReportUrl?: string;
            };
            /** @description 网站标志图片 / logo image */
            logoImageId?: number | null;
            /** @description 作为门户首页 / the site at `/` */
            isPrimary?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string;
              name: string;
              logoImageId: number | null;
              footer: {
                /** @description 主办单位 / sponsor */
                sponsor?: string;
                /** @description 承办单位 / organiser */
                organizer?: string;
                /** @description 网站标识码 / government site code */
                siteId?: string;
                /** @description ICP备案号 / ICP licence */
                icp?: string;
                /** @description 公安机关备案号 / public security filing */
                police?: string;
                /** @description 联系方式 / contact */
                contact?: string;
                /** @description 监督电话 / supervision line, e.g. 12317 */
                supervision?: string;
                /** @description 找错 / where to report an error */
                errorReportUrl?: string;
              };
              isPrimary: boolean;
              version: number;
              createdAt: string;
              updatedAt: string;
              columns: {
                id: number;
                siteId: number;
                slug: string;
                name: string;
                /** @enum {string} */
                kind: 'articles' | 'notices' | 'disclosures' | 'complaints';
                position: number;
                staleDays: number | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/portal/sites/{id}/columns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A site’s columns / 栏目列表 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                siteId: number;
                slug: string;
                name: string;
                /** @enum {string} */
                kind: 'articles' | 'notices' | 'disclosures' | 'complaints';
                position: number;
                staleDays: number | null;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Add a column / 新增栏目
     * @description 409 SLUG_TAKEN when the site has a column at that slug.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 栏目地址名 / slug */
            slug: string;
            /** @description 栏目名称 / column name */
            name: string;
            /**
             * @default articles
             * @enum {string}
             */
            kind?: 'articles' | 'notices' | 'disclosures' | 'complaints';
            /** @description 排序 / position */
            position?: number;
            /** @description 更新期限（天） / stale after days */
            staleDays?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              slug: string;
              name: string;
              /** @enum {string} */
              kind: 'articles' | 'notices' | 'disclosures' | 'complaints';
              position: number;
              staleDays: number | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/columns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a column / 修改栏目 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 读取时的版本号 / version read */
            version: number;
            /** @description 栏目地址名 / slug */
            slug?: string;
            /** @description 栏目名称 / column name */
            name?: string;
            /** @enum {string} */
            kind?: 'articles' | 'notices' | 'disclosures' | 'complaints';
            /** @description 排序 / position */
            position?: number;
            /** @description 更新期限（天） / stale after days */
            staleDays?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              slug: string;
              name: string;
              /** @enum {string} */
              kind: 'articles' | 'notices' | 'disclosures' | 'complaints';
              position: number;
              staleDays: number | null;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/portal/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Articles and disclosures of your sites, any state / 文章列表 */
    get: {
      parameters: {
        query?: {
          siteId?: number;
          columnId?: number;
          state?: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
          kind?: 'article' | 'disclosure';
          q?: string;
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                siteId: number;
                columnId: number;
                /** @enum {string} */
                kind: 'article' | 'disclosure';
                /** @enum {string} */
                state: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
                title: string;
                publishAt: string | null;
                publishedAt: string | null;
                withdrawnAt: string | null;
                revision: number;
                version: number;
                updatedAt: string;
              }[];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Write a draft (revision 1) / 新建文章草稿
     * @description The html is sanitised on write. kind disclosure: `disclosure` required, in a disclosures column (422 WRONG_COLUMN).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            siteId: number;
            columnId: number;
            /**
             * @default article
             * @enum {string}
             */
            kind?: 'article' | 'disclosure';
            /** @description 标题 / title */
            title: string;
            /** @description 正文（HTML，保存时按白名单清理） / body, sanitised on write */
            bodyHtml: string;
            /** @description 来源 / source */
            source?: string | null;
            /** @description 作者 / author */
            author?: string | null;
            /** @description 发布机构 / organisation */
            organisation?: string | null;
            /** @description 资金项目公开的字段（仅 kind=disclosure） / disclosure fields */
            disclosure?: {
              /** @description 项目名称 / project */
              projectName: string;
              /** @description 实施地点（村） / village code */
              village: string;
              /** @description 实施地点名称 / village name */
              villageName: string;
              /** @description 建设内容及规模 / what is built and how much */
              content: string;
              /** @description 资金来源 / funds by source (yuan) */
              funds: {
                /** @enum {string} */
                source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                amount: number;
              }[];
              /** @description 资金总额（元） / total funds (yuan) */
              total: number;
              /** @description 实施期限起 / from */
              periodFrom: string;
              /** @description 实施期限止 / to */
              periodTo: string;
              /** @description 责任单位 / responsible unit */
              responsibleUnit: string;
              /** @description 受益户数 / households benefiting */
              beneficiaryHouseholds: number;
              /**
               * @description 可公开受益人姓名 / names may be published
               * @default false
               */
              namesAllowed?: boolean;
              /** @description 受益人姓名（仅规定允许时） / names, only where the rules allow */
              beneficiaryNames?: string[];
              /** @description 预期效益 / expected benefit */
              expectedBenefit: string;
              /** @description 监督电话 / supervision line */
              supervisionPhone: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              columnId: number;
              /** @enum {string} */
              kind: 'article' | 'disclosure';
              /** @enum {string} */
              state: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
              title: string;
              publishAt: string | null;
              publishedAt: string | null;
              withdrawnAt: string | null;
              revision: number;
              version: number;
              updatedAt: string;
              bodyHtml: string;
              source: string | null;
              author: string | null;
              organisation: string | null;
              disclosure: {
                /** @description 项目名称 / project */
                projectName: string;
                /** @description 实施地点（村） / village code */
                village: string;
                /** @description 实施地点名称 / village name */
                villageName: string;
                /** @description 建设内容及规模 / what is built and how much */
                content: string;
                /** @description 资金来源 / funds by source (yuan) */
                funds: {
                  /** @enum {string} */
                  source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                  amount: number;
                }[];
                /** @description 资金总额（元） / total funds (yuan) */
                total: number;
                /** @description 实施期限起 / from */
                periodFrom: string;
                /** @description 实施期限止 / to */
                periodTo: string;
                /** @description 责任单位 / responsible unit */
                responsibleUnit: string;
                /** @description 受益户数 / households benefiting */
                beneficiaryHouseholds: number;
                /**
                 * @description 可公开受益人姓名 / names may be published
                 * @default false
                 */
                namesAllowed: boolean;
                /** @description 受益人姓名（仅规定允许时） / names, only where the rules allow */
                beneficiaryNames?: string[];
                /** @description 预期效益 / expected benefit */
                expectedBenefit: string;
                /** @description 监督电话 / supervision line */
                supervisionPhone: string;
              } | null;
              minDays: number | null;
              withdrawnReason: string | null;
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One article / 文章详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              columnId: number;
              /** @enum {string} */
              kind: 'article' | 'disclosure';
              /** @enum {string} */
              state: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
              title: string;
              publishAt: string | null;
              publishedAt: string | null;
              withdrawnAt: string | null;
              revision: number;
              version: number;
              updatedAt: string;
              bodyHtml: string;
              source: string | null;
              author: string | null;
              organisation: string | null;
              disclosure: {
                /** @description 项目名称 / project */
                projectName: string;
                /** @description 实施地点（村） / village code */
                village: string;
                /** @description 实施地点名称 / village name */
                villageName: string;
                /** @description 建设内容及规模 / what is built and how much */
                content: string;
                /** @description 资金来源 / funds by source (yuan) */
                funds: {
                  /** @enum {string} */
                  source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                  amount: number;
                }[];
                /** @description 资金总额（元） / total funds (yuan) */
                total: number;
                /** @description 实施期限起 / from */
                periodFrom: string;
                /** @description 实施期限止 / to */
                periodTo: string;
                /** @description 责任单位 / responsible unit */
                responsibleUnit: string;
                /** @description 受益户数 / households benefiting */
                beneficiaryHouseholds: number;
                /**
                 * @description 可公开受益人姓名 / names may be published
                 * @default false
                 */
                namesAllowed: boolean;
                /** @description 受益人姓名（仅规定允许时） / names, only where the rules allow */
                beneficiaryNames?: string[];
                /** @description 预期效益 / expected benefit */
                expectedBenefit: string;
                /** @description 监督电话 / supervision line */
                supervisionPhone: string;
              } | null;
              minDays: number | null;
              withdrawnReason: string | null;
              createdAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an article: a new revision / 修改文章（新修订）
     * @description 409 on a stale version. A published or scheduled article only by an editor (403), and it stays so.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 读取时的版本号 / version read */
            version: number;
            columnId?: number;
            /** @description 标题 / title */
            title?: string;
            /** @description 正文（HTML，保存时按白名单清理） / body, sanitised on write */
            bodyHtml?: string;
            /** @description 来源 / source */
            source?: string | null;
            /** @description 作者 / author */
            author?: string | null;
            /** @description 发布机构 / organisation */
            organisation?: string | null;
            /** @description 资金项目公开的字段（仅 kind=disclosure） / disclosure fields */
            disclosure?: {
              /** @description 项目名称 / project */
              projectName: string;
              /** @description 实施地点（村） / village code */
              village: string;
              /** @description 实施地点名称 / village name */
              villageName: string;
              /** @description 建设内容及规模 / what is built and how much */
              content: string;
              /** @description 资金来源 / funds by source (yuan) */
              funds: {
                /** @enum {string} */
                source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                amount: number;
              }[];
              /** @description 资金总额（元） / total funds (yuan) */
              total: number;
              /** @description 实施期限起 / from */
              periodFrom: string;
              /** @description 实施期限止 / to */
              periodTo: string;
              /** @description 责任单位 / responsible unit */
              responsibleUnit: string;
              /** @description 受益户数 / households benefiting */
              beneficiaryHouseholds: number;
              /**
               * @description 可公开受益人姓名 / names may be published
               * @default false
               */
              namesAllowed?: boolean;
              /** @description 受益人姓名（仅规定允许时） / names, only where the rules allow */
              beneficiaryNames?: string[];
              /** @description 预期效益 / expected benefit */
              expectedBenefit: string;
              /** @description 监督电话 / supervision line */
              supervisionPhone: string;
            };
            /** @description 修改说明 / note of the revision */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              columnId: number;
              /** @enum {string} */
              kind: 'article' | 'disclosure';
              /** @enum {string} */
              state: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
              title: string;
              publishAt: string | null;
              publishedAt: string | null;
              withdrawnAt: string | null;
              revision: number;
              version: number;
              updatedAt: string;
              bodyHtml: string;
              source: string | null;
              author: string | null;
              organisation: string | null;
              disclosure: {
                /** @description 项目名称 / project */
                projectName: string;
                /** @description 实施地点（村） / village code */
                village: string;
                /** @description 实施地点名称 / village name */
                villageName: string;
                /** @description 建设内容及规模 / what is built and how much */
                content: string;
                /** @description 资金来源 / funds by source (yuan) */
                funds: {
                  /** @enum {string} */
                  source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                  amount: number;
                }[];
                /** @description 资金总额（元） / total funds (yuan) */
                total: number;
                /** @description 实施期限起 / from */
                periodFrom: string;
                /** @description 实施期限止 / to */
                periodTo: string;
                /** @description 责任单位 / responsible unit */
                responsibleUnit: string;
                /** @description 受益户数 / households benefiting */
                beneficiaryHouseholds: number;
                /**
                 * @description 可公开受益人姓名 / names may be published
                 * @default false
                 */
                namesAllowed: boolean;
                /** @description 受益人姓名（仅规定允许时） / names, only where the rules allow */
                beneficiaryNames?: string[];
                /** @description 预期效益 / expected benefit */
                expectedBenefit: string;
                /** @description 监督电话 / supervision line */
                supervisionPhone: string;
              } | null;
              minDays: number | null;
              withdrawnReason: string | null;
              createdAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/portal/articles/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every revision with its html / 修订记录 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                revision: number;
                title: string;
                bodyHtml: string;
                fields: {
                  [key: string]: unknown;
                };
                note: string | null;
                editedBy: number | null;
                editedByName: string;
                editedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/articles/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an article through the workflow / 审核、发布、撤下
     * @description submit (draft → in_review), return (→ draft, reason), publish (now), schedule (publishAt in the future, 422 PUBLISH_AT_PAST), unschedule (→ in_review), withdraw (reason; a disclosure not before its 10 days: 422 DISCLOSURE_PERIOD), redraft (withdrawn → draft). 422 WRONG_STATE, IMAGE_ALT_MISSING; 409 on a stale version.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'submit' | 'return' | 'publish' | 'schedule' | 'unschedule' | 'withdraw' | 'redraft';
            version: number;
            /**
             * Format: date-time
             * @description 定时发布时间（schedule） / when to publish
             */
            publishAt?: string;
            /** @description 退回或撤下的理由 / why */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              columnId: number;
              /** @enum {string} */
              kind: 'article' | 'disclosure';
              /** @enum {string} */
              state: 'draft' | 'in_review' | 'scheduled' | 'published' | 'withdrawn';
              title: string;
              publishAt: string | null;
              publishedAt: string | null;
              withdrawnAt: string | null;
              revision: number;
              version: number;
              updatedAt: string;
              bodyHtml: string;
              source: string | null;
              author: string | null;
              organisation: string | null;
              disclosure: {
                /** @description 项目名称 / project */
                projectName: string;
                /** @description 实施地点（村） / village code */
                village: string;
                /** @description 实施地点名称 / village name */
                villageName: string;
                /** @description 建设内容及规模 / what is built and how much */
                content: string;
                /** @description 资金来源 / funds by source (yuan) */
                funds: {
                  /** @enum {string} */
                  source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                  amount: number;
                }[];
                /** @description 资金总额（元） / total funds (yuan) */
                total: number;
                /** @description 实施期限起 / from */
                periodFrom: string;
                /** @description 实施期限止 / to */
                periodTo: string;
                /** @description 责任单位 / responsible unit */
                responsibleUnit: string;
                /** @description 受益户数 / households benefiting */
                beneficiaryHouseholds: number;
                /**
                 * @description 可公开受益人姓名 / names may be published
                 * @default false
                 */
                namesAllowed: boolean;
                /** @description 受益人姓名（仅规定允许时） / names, only where the rules allow */
                beneficiaryNames?: string[];
                /** @description 预期效益 / expected benefit */
                expectedBenefit: string;
                /** @description 监督电话 / supervision line */
                supervisionPhone: string;
              } | null;
              minDays: number | null;
              withdrawnReason: string | null;
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload an image (PNG, JPEG, GIF, WebP; ≤ 5 MB) / 上传图片
     * @description multipart/form-data: the image in the part "file", text fields siteId and alt.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              url: string;
              fileName: string;
              contentType: string;
              size: number;
              alt: string;
              width: number | null;
              height: number | null;
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/images/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an image’s alt text / 修改图片替代文字 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 替代文字 / alt text */
            alt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              siteId: number;
              url: string;
              fileName: string;
              contentType: string;
              size: number;
              alt: string;
              width: number | null;
              height: number | null;
              createdAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/portal/sites/{id}/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A site’s images / 网站图片 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                siteId: number;
                url: string;
                fileName: string;
                contentType: string;
                size: number;
                alt: string;
                width: number | null;
                height: number | null;
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/media/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published image of the portal / 门户图片 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/human-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A question for a public form / 人机验证问题（公开）
     * @description Send the token and the answer with the form as humanToken and humanAnswer; the token lasts 30 minutes and answers once.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              question: {
                zh: string;
                en: string;
              };
              token: string;
              expiresAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Holidays and 调休 working days of a year / 工作日历 */
    get: {
      parameters: {
        query?: {
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              days: {
                /** @description 日期 / the day */
                day: string;
                /** @description true: 调休上班 a weekend day worked; false: 放假 a holiday */
                workday: boolean;
                /** @description 名称 / e.g. 国庆节, 国庆节调休上班 */
                name: string;
              }[];
              canChange: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mark a day a holiday or a 调休 working day (system administrators; audited) / 设置日历 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description YYYY-MM-DD */
          date: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            workday: boolean;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 日期 / the day */
              day: string;
              /** @description true: 调休上班 a weekend day worked; false: 放假 a holiday */
              workday: boolean;
              /** @description 名称 / e.g. 国庆节, 国庆节调休上班 */
              name: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Return a day to the weekday rule (system administrators; audited) / 取消日历设置 */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description YYYY-MM-DD */
          date: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/settings/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Complaint deadlines in working days / 举报办理期限 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 办理期限（工作日） / working days to answer */
              deadlineWorkingDays: number;
              /** @description 到期前几个工作日提醒（0 不提醒） / remind this many working days before (0: never) */
              reminderWorkingDays: number;
              /** @description whether the caller may change it / 当前用户可否修改 */
              canChange: boolean;
            };
          };
        };
      };
    };
    /** Set the complaint deadlines (system administrators; audited; for complaints received after) / 设置举报办理期限 */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 办理期限（工作日） / working days to answer */
            deadlineWorkingDays: number;
            /** @description 到期前几个工作日提醒（0 不提醒） / remind this many working days before (0: never) */
            reminderWorkingDays: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 办理期限（工作日） / working days to answer */
              deadlineWorkingDays: number;
              /** @description 到期前几个工作日提醒（0 不提醒） / remind this many working days before (0: never) */
              reminderWorkingDays: number;
              /** @description whether the caller may change it / 当前用户可否修改 */
              canChange: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The complaints of your inbox, open ones by due date / 监督举报收件箱 */
    get: {
      parameters: {
        query?: {
          state?: 'received' | 'in_progress' | 'answered' | 'closed';
          overdue?: 'true' | 'false';
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                trackingNo: string;
                title: string;
                regionCode: string;
                regionName: string;
                handlerRegionCode: string;
                handlerRegionName: string;
                /** @enum {string} */
                state: 'received' | 'in_progress' | 'answered' | 'closed';
                receivedOn: string;
                dueOn: string;
                overdue: boolean;
                /** @description 已提醒（临近期限） / the reminder before the deadline has fired */
                reminded: boolean;
                escalationLevel: number;
                consentPublish: boolean;
                published: boolean;
                version: number;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One complaint with its attachments and trail (contact masked without personal data) / 举报详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              trackingNo: string;
              title: string;
              regionCode: string;
              regionName: string;
              handlerRegionCode: string;
              handlerRegionName: string;
              /** @enum {string} */
              state: 'received' | 'in_progress' | 'answered' | 'closed';
              receivedOn: string;
              dueOn: string;
              overdue: boolean;
              /** @description 已提醒（临近期限） / the reminder before the deadline has fired */
              reminded: boolean;
              escalationLevel: number;
              consentPublish: boolean;
              published: boolean;
              version: number;
              content: string;
              /** @description 联系方式（无权查看个人信息的角色为掩码） / masked for roles without personal data */
              contact: string | null;
              anonymous: boolean;
              reply: string | null;
              repliedOn: string | null;
              publicReply: string | null;
              attachments: {
                id: number;
                fileName: string;
                contentType: string;
                size: number;
              }[];
              events: {
                action: string;
                fromState: string | null;
                toState: string;
                fromRegion: string | null;
                toRegion: string | null;
                actor: string;
                note: string | null;
                date: string;
                at: string;
              }[];
              canHandle: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept, reply, close, or publish the reply (with consent) / 办理举报
     * @description accept: received → in_progress; reply (reply required): → answered; close: answered → closed, or an unanswered one with its reason in reply; publish_reply: answered or closed and consented — publicReply (default the reply) with ID, phone and bank numbers masked and namesToHide replaced by 某某. 409 VERSION_CONFLICT, 422 WRONG_STATE, 422 NO_CONSENT.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            action: 'accept' | 'reply' | 'close' | 'publish_reply';
            version: number;
            /** @description 答复（reply）或办结说明（close） / the reply, or why it is closed */
            reply?: string;
            /** @description 公开答复文本（publish_reply，缺省为答复） / the text to publish (default: the reply) */
            publicReply?: string;
            /** @description 公开时隐去的人名 / names of persons removed from the published text */
            namesToHide?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              trackingNo: string;
              title: string;
              regionCode: string;
              regionName: string;
              handlerRegionCode: string;
              handlerRegionName: string;
              /** @enum {string} */
              state: 'received' | 'in_progress' | 'answered' | 'closed';
              receivedOn: string;
              dueOn: string;
              overdue: boolean;
              /** @description 已提醒（临近期限） / the reminder before the deadline has fired */
              reminded: boolean;
              escalationLevel: number;
              consentPublish: boolean;
              published: boolean;
              version: number;
              content: string;
              /** @description 联系方式（无权查看个人信息的角色为掩码） / masked for roles without personal data */
              contact: string | null;
              anonymous: boolean;
              reply: string | null;
              repliedOn: string | null;
              publicReply: string | null;
              attachments: {
                id: number;
                fileName: string;
                contentType: string;
                size: number;
              }[];
              events: {
                action: string;
                fromState: string | null;
                toState: string;
                fromRegion: string | null;
                toRegion: string | null;
                actor: string;
                note: string | null;
                date: string;
                at: string;
              }[];
              canHandle: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/complaints/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An attachment of a complaint (audited read) / 举报附件 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          attachmentId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/complaints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a complaint (no login) / 提交监督举报（公开）
     * @description JSON, or multipart/form-data with up to 3 files named attachments (PDF, JPEG or PNG by their bytes, 5 MB each). Fields: title (≤ 100), content (≤ 5000), regionCode (12 digits: a county, town or village), contact? (private), anonymous?, consentPublish?, humanToken and humanAnswer (GET /api/public/human-check; 422 HUMAN_CHECK_FAILED). The query code is shown only in this answer. 429 RATE_LIMITED after 5 an hour from one address.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 受理编号 / tracking number */
              trackingNo: string;
              /** @description 查询码（只显示这一次） / query code, shown only this once */
              queryCode: string;
              receivedOn: string;
              dueOn: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/complaints/{trackingNo}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Track a complaint with its query code / 查询举报办理情况（公开）
     * @description 404 for an unknown number and for a wrong code alike. 429 RATE_LIMITED after 20 look-ups in 10 minutes from one address.
     */
    get: {
      parameters: {
        query?: {
          code?: string;
        };
        header?: never;
        path: {
          trackingNo: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              trackingNo: string;
              title: string;
              /** @enum {string} */
              state: 'received' | 'in_progress' | 'answered' | 'closed';
              receivedOn: string;
              dueOn: string;
              repliedOn: string | null;
              /** @description 答复（已答复时） / the reply, once answered */
              reply: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal/inspection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Self-inspection of a site: stale or empty columns, broken links, … / 网站自查 */
    get: {
      parameters: {
        query: {
          siteId: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              siteId: number;
              siteName: string;
              checkedAt: string;
              findings: {
                /** @enum {string} */
                kind:
                  | 'stale_column'
                  | 'empty_column'
                  | 'broken_link'
                  | 'no_publish_time'
                  | 'image_alt'
                  | 'overdue_complaint';
                /** @enum {string} */
                severity: 'error' | 'warning';
                message: {
                  zh: string;
                  en: string;
                };
                columnId?: number;
                articleId?: number;
                complaintId?: number;
                /** @description where to fix it: a console path relative to the region base, e.g. portal/articles/12 */
                link: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assistance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Assistance measures of a household or of a region / 帮扶措施列表
     * @description householdId (404 outside your scope) or region (a subtree); year narrows. A paired cadre lists those of their households.
     */
    get: {
      parameters: {
        query?: {
          householdId?: number;
          region?: string;
          year?: number;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                householdId: number;
                householdNo: string;
                headName: string | null;
                regionCode: string;
                year: number;
                /** @enum {string} */
                category:
                  | 'industry'
                  | 'employment'
                  | 'micro_credit'
                  | 'welfare_job'
                  | 'health'
                  | 'compulsory_education'
                  | 'other_education'
                  | 'social_protection'
                  | 'housing_safety'
                  | 'drinking_water'
                  | 'social_assistance'
                  | 'relocation'
                  | 'living_conditions'
                  | 'infrastructure';
                description: string;
                amount: number | null;
                provider: string | null;
                startOn: string;
                endOn: string | null;
                development: boolean;
                projectId: number | null;
                version: number;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Record an assistance measure of a household / 登记帮扶措施
     * @description development defaults by category (industry, employment, micro_credit, welfare_job, other_education). 422 DATE_NOT_A_DAY, START_TOO_FAR (more than a year ahead), END_BEFORE_START, YEAR_IN_FUTURE.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            householdId: number;
            year: number;
            /**
             * @description 措施类别（代码表 measure_category） / category
             * @enum {string}
             */
            category:
              | 'industry'
              | 'employment'
              | 'micro_credit'
              | 'welfare_job'
              | 'health'
              | 'compulsory_education'
              | 'other_education'
              | 'social_protection'
              | 'housing_safety'
              | 'drinking_water'
              | 'social_assistance'
              | 'relocation'
              | 'living_conditions'
              | 'infrastructure';
            /** @description 措施内容 / what is done */
            description: string;
            /** @description 金额（元） / amount in yuan */
            amount?: number | null;
            /** @description 帮扶单位或提供方 / provider */
            provider?: string | null;
            /** @description 开始日期（可为一年内的计划日期） / start, may be planned up to a year ahead */
            startOn: string;
            /** @description 结束日期 / end */
            endOn?: string | null;
            /** @description 开发式帮扶（不填按类别默认） / development-type; default by category */
            development?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              householdId: number;
              householdNo: string;
              headName: string | null;
              regionCode: string;
              year: number;
              /** @enum {string} */
              category:
                | 'industry'
                | 'employment'
                | 'micro_credit'
                | 'welfare_job'
                | 'health'
                | 'compulsory_education'
                | 'other_education'
                | 'social_protection'
                | 'housing_safety'
                | 'drinking_water'
                | 'social_assistance'
                | 'relocation'
                | 'living_conditions'
                | 'infrastructure';
              description: string;
              amount: number | null;
              provider: string | null;
              startOn: string;
              endOn: string | null;
              development: boolean;
              projectId: number | null;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assistance/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an assistance measure / 修改帮扶措施
     * @description 409 VERSION_CONFLICT on a stale version; the same date rules as recording.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 读取时的版本号 / version read */
            version: number;
            year?: number;
            /**
             * @description 措施类别（代码表 measure_category） / category
             * @enum {string}
             */
            category?:
              | 'industry'
              | 'employment'
              | 'micro_credit'
              | 'welfare_job'
              | 'health'
              | 'compulsory_education'
              | 'other_education'
              | 'social_protection'
              | 'housing_safety'
              | 'drinking_water'
              | 'social_assistance'
              | 'relocation'
              | 'living_conditions'
              | 'infrastructure';
            /** @description 措施内容 / what is done */
            description?: string;
            /** @description 金额（元） / amount in yuan */
            amount?: number | null;
            /** @description 帮扶单位或提供方 / provider */
            provider?: string | null;
            /** @description 开始日期（可为一年内的计划日期） / start, may be planned up to a year ahead */
            startOn?: string;
            /** @description 结束日期 / end */
            endOn?: string | null;
            /** @description 开发式帮扶（不填按类别默认） / development-type; default by category */
            development?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              householdId: number;
              householdNo: string;
              headName: string | null;
              regionCode: string;
              year: number;
              /** @enum {string} */
              category:
                | 'industry'
                | 'employment'
                | 'micro_credit'
                | 'welfare_job'
                | 'health'
                | 'compulsory_education'
                | 'other_education'
                | 'social_protection'
                | 'housing_safety'
                | 'drinking_water'
                | 'social_assistance'
                | 'relocation'
                | 'living_conditions'
                | 'infrastructure';
              description: string;
              amount: number | null;
              provider: string | null;
              startOn: string;
              endOn: string | null;
              development: boolean;
              projectId: number | null;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/assistance/late': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Households whose assistance did not start in time, not yet resolved / 帮扶措施未按时落实的户 */
    get: {
      parameters: {
        query: {
          region: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                householdId: number;
                householdNo: string;
                headName: string | null;
                regionCode: string;
                regionName: string | null;
                caseId: number;
                caseType: string;
                /** @description 认定（纳入监测）日期 / the decision */
                decidedOn: string;
                /** @description 标记日期（期限届满） / flagged when the deadline passed */
                flaggedOn: string;
                problemId: number;
                problemState: string;
                /** @description 此后登记的措施数 / measures recorded since */
                measuresSince: number;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Projects of a region (kept there or in its villages) / 项目列表 */
    get: {
      parameters: {
        query: {
          region: string;
          type?:
            | 'industry'
            | 'infrastructure'
            | 'employment'
            | 'education'
            | 'health'
            | 'housing'
            | 'water'
            | 'relocation'
            | 'other';
          state?: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
          village?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                regionCode: string;
                regionName: string | null;
                name: string;
                /** @enum {string} */
                type:
                  | 'industry'
                  | 'infrastructure'
                  | 'employment'
                  | 'education'
                  | 'health'
                  | 'housing'
                  | 'water'
                  | 'relocation'
                  | 'other';
                villageCodes: string[];
                villages: {
                  code: string;
                  name: string;
                }[];
                contentScale: string;
                funds: {
                  central: number;
                  provincial: number;
                  city: number;
                  county: number;
                  other: number;
                  total: number;
                };
                periodFrom: string;
                periodTo: string;
                responsibleUnit: string;
                contractor: string | null;
                expectedBenefit: string | null;
                /** @enum {string} */
                state: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
                beneficiaryCount: number;
                disbursed: number;
                disclosureArticleId: number | null;
                version: number;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create a project / 新建项目
     * @description regionCode: the county or town keeping it (manageProjects); villages in that region (422 VILLAGE_OUTSIDE).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 管理项目的县或乡镇 / the county or town keeping it */
            regionCode: string;
            /** @description 项目名称 / name */
            name: string;
            /**
             * @description 项目类型（代码表 project_type） / type
             * @enum {string}
             */
            type:
              | 'industry'
              | 'infrastructure'
              | 'employment'
              | 'education'
              | 'health'
              | 'housing'
              | 'water'
              | 'relocation'
              | 'other';
            /** @description 实施村 / villages */
            villageCodes: string[];
            /** @description 建设内容及规模 / content and scale */
            contentScale: string;
            /** @description 资金来源（元） / funds by source, yuan */
            funds: {
              /** @description 中央财政 / central */
              central?: number;
              /** @description 省级财政 / provincial */
              provincial?: number;
              /** @description 市级财政 / city */
              city?: number;
              /** @description 县级财政 / county */
              county?: number;
              /** @description 其他资金 / other */
              other?: number;
            };
            /** @description 实施期限起 / from */
            periodFrom: string;
            /** @description 实施期限止 / to */
            periodTo: string;
            /** @description 责任单位 / responsible unit */
            responsibleUnit: string;
            /** @description 实施单位 / contractor */
            contractor?: string | null;
            /** @description 预期效益 / expected benefit */
            expectedBenefit?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              /** @enum {string} */
              type:
                | 'industry'
                | 'infrastructure'
                | 'employment'
                | 'education'
                | 'health'
                | 'housing'
                | 'water'
                | 'relocation'
                | 'other';
              villageCodes: string[];
              villages: {
                code: string;
                name: string;
              }[];
              contentScale: string;
              funds: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
                total: number;
              };
              periodFrom: string;
              periodTo: string;
              responsibleUnit: string;
              contractor: string | null;
              expectedBenefit: string | null;
              /** @enum {string} */
              state: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
              beneficiaryCount: number;
              disbursed: number;
              disclosureArticleId: number | null;
              version: number;
              disbursements: {
                id: number;
                paidOn: string;
                amount: number;
                /** @enum {string} */
                source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                voucherNo: string;
                payee: string | null;
                note: string | null;
              }[];
              disbursedBySource: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
              };
              beneficiaries: {
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One project with its disbursements and beneficiaries / 项目详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              /** @enum {string} */
              type:
                | 'industry'
                | 'infrastructure'
                | 'employment'
                | 'education'
                | 'health'
                | 'housing'
                | 'water'
                | 'relocation'
                | 'other';
              villageCodes: string[];
              villages: {
                code: string;
                name: string;
              }[];
              contentScale: string;
              funds: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
                total: number;
              };
              periodFrom: string;
              periodTo: string;
              responsibleUnit: string;
              contractor: string | null;
              expectedBenefit: string | null;
              /** @enum {string} */
              state: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
              beneficiaryCount: number;
              disbursed: number;
              disclosureArticleId: number | null;
              version: number;
              disbursements: {
                id: number;
                paidOn: string;
                amount: number;
                /** @enum {string} */
                source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                voucherNo: string;
                payee: string | null;
                note: string | null;
              }[];
              disbursedBySource: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
              };
              beneficiaries: {
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a project or move its state / 修改项目
     * @description state: planned → in_progress → completed → accepted, planned or in_progress → cancelled (422 WRONG_STATE); an accepted or cancelled project no longer changes (422 PROJECT_CLOSED); a fund below what was paid out of it 422 FUND_BELOW_DISBURSED. 409 on a stale version.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 读取时的版本号 / version read */
            version: number;
            /** @description 项目名称 / name */
            name?: string;
            /**
             * @description 项目类型（代码表 project_type） / type
             * @enum {string}
             */
            type?:
              | 'industry'
              | 'infrastructure'
              | 'employment'
              | 'education'
              | 'health'
              | 'housing'
              | 'water'
              | 'relocation'
              | 'other';
            /** @description 实施村 / villages */
            villageCodes?: string[];
            /** @description 建设内容及规模 / content and scale */
            contentScale?: string;
            /** @description 资金来源（元） / funds by source, yuan */
            funds?: {
              /** @description 中央财政 / central */
              central?: number;
              /** @description 省级财政 / provincial */
              provincial?: number;
              /** @description 市级财政 / city */
              city?: number;
              /** @description 县级财政 / county */
              county?: number;
              /** @description 其他资金 / other */
              other?: number;
            };
            /** @description 实施期限起 / from */
            periodFrom?: string;
            /** @description 实施期限止 / to */
            periodTo?: string;
            /** @description 责任单位 / responsible unit */
            responsibleUnit?: string;
            /** @description 实施单位 / contractor */
            contractor?: string | null;
            /** @description 预期效益 / expected benefit */
            expectedBenefit?: string | null;
            /**
             * @description planned → in_progress → completed → accepted, or cancelled
             * @enum {string}
             */
            state?: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              /** @enum {string} */
              type:
                | 'industry'
                | 'infrastructure'
                | 'employment'
                | 'education'
                | 'health'
                | 'housing'
                | 'water'
                | 'relocation'
                | 'other';
              villageCodes: string[];
              villages: {
                code: string;
                name: string;
              }[];
              contentScale: string;
              funds: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
                total: number;
              };
              periodFrom: string;
              periodTo: string;
              responsibleUnit: string;
              contractor: string | null;
              expectedBenefit: string | null;
              /** @enum {string} */
              state: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
              beneficiaryCount: number;
              disbursed: number;
              disclosureArticleId: number | null;
              version: number;
              disbursements: {
                id: number;
                paidOn: string;
                amount: number;
                /** @enum {string} */
                source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                voucherNo: string;
                payee: string | null;
                note: string | null;
              }[];
              disbursedBySource: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
              };
              beneficiaries: {
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/projects/{id}/beneficiaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set the households benefiting / 设置受益户
     * @description The whole list. Each household readable by you (404) and in one of the project’s villages (422 HOUSEHOLD_OUTSIDE_VILLAGES).
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 受益户 / households benefiting */
            householdIds: number[];
            /** @description 读取时的版本号 / version read */
            version?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              /** @enum {string} */
              type:
                | 'industry'
                | 'infrastructure'
                | 'employment'
                | 'education'
                | 'health'
                | 'housing'
                | 'water'
                | 'relocation'
                | 'other';
              villageCodes: string[];
              villages: {
                code: string;
                name: string;
              }[];
              contentScale: string;
              funds: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
                total: number;
              };
              periodFrom: string;
              periodTo: string;
              responsibleUnit: string;
              contractor: string | null;
              expectedBenefit: string | null;
              /** @enum {string} */
              state: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
              beneficiaryCount: number;
              disbursed: number;
              disclosureArticleId: number | null;
              version: number;
              disbursements: {
                id: number;
                paidOn: string;
                amount: number;
                /** @enum {string} */
                source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                voucherNo: string;
                payee: string | null;
                note: string | null;
              }[];
              disbursedBySource: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
              };
              beneficiaries: {
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/disbursements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a payment out of a project / 登记资金拨付
     * @description The sum paid out of a source may not exceed its fund: 422 FUND_EXCEEDED with source, fund, disbursed, amount, available. 422 VOUCHER_EXISTS, DATE_IN_FUTURE.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 拨付日期 / paid on */
            paidOn: string;
            /** @description 金额（元） / amount */
            amount: number;
            /**
             * @description 资金来源 / source
             * @enum {string}
             */
            source: 'central' | 'provincial' | 'city' | 'county' | 'other';
            /** @description 凭证号 / voucher */
            voucherNo: string;
            /** @description 收款方 / payee */
            payee?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              /** @enum {string} */
              type:
                | 'industry'
                | 'infrastructure'
                | 'employment'
                | 'education'
                | 'health'
                | 'housing'
                | 'water'
                | 'relocation'
                | 'other';
              villageCodes: string[];
              villages: {
                code: string;
                name: string;
              }[];
              contentScale: string;
              funds: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
                total: number;
              };
              periodFrom: string;
              periodTo: string;
              responsibleUnit: string;
              contractor: string | null;
              expectedBenefit: string | null;
              /** @enum {string} */
              state: 'planned' | 'in_progress' | 'completed' | 'accepted' | 'cancelled';
              beneficiaryCount: number;
              disbursed: number;
              disclosureArticleId: number | null;
              version: number;
              disbursements: {
                id: number;
                paidOn: string;
                amount: number;
                /** @enum {string} */
                source: 'central' | 'provincial' | 'city' | 'county' | 'other';
                voucherNo: string;
                payee: string | null;
                note: string | null;
              }[];
              disbursedBySource: {
                central: number;
                provincial: number;
                city: number;
                county: number;
                other: number;
              };
              beneficiaries: {
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{id}/disclosure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make the project’s fund disclosure on the portal, submitted for review / 生成资金项目公告公示
     * @description On the portal site of the project’s region or the nearest above, in its disclosures column, filled from the project and submitted for an editor to publish. The project’s keeper may (project.write). 409 DISCLOSURE_EXISTS with articleId; 422 NO_SITE, NO_DISCLOSURE_COLUMN, NO_FUNDS.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 公开受益户户主姓名（仅规定允许时） / publish the heads’ names, only where the rules allow
             * @default false
             */
            namesAllowed?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              articleId: number;
              siteId: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/checkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check-ins in your scope, newest first / 签到记录 */
    get: {
      parameters: {
        query?: {
          cadreId?: number;
          region?: string;
          from?: string;
          to?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                clientId: string;
                cadreId: number;
                cadreName: string;
                teamId: number | null;
                villageCode: string;
                at: string;
                day: string;
                position: {
                  lat: number | null;
                  lng: number | null;
                  accuracy: number | null;
                };
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Check in at the village (work-team member) / 驻村签到
     * @description The caller's cadre record checks in at their work team's village that day (or villageCode when no team says it). 201 new; 200 with the stored check-in for a clientId already stored. 404 NO_CADRE_RECORD, 422 FUTURE_TIME, NO_TEAM, NOT_TEAM_VILLAGE; 409 CLIENT_ID_TAKEN.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 手机生成的唯一编号（重发不重复保存） / id made on the phone (a repeat is stored once) */
            clientId: string;
            /**
             * Format: date-time
             * @description 时间（ISO，带时区） / ISO instant with offset
             */
            at: string;
            position: {
              lat: number;
              lng: number;
              /** @description 定位精度（米） / accuracy in metres */
              accuracy: number;
            };
            /** @description 驻村所在村（无工作队时） / the village, when no team says it */
            villageCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              clientId: string;
              cadreId: number;
              cadreName: string;
              teamId: number | null;
              villageCode: string;
              at: string;
              day: string;
              position: {
                lat: number | null;
                lng: number | null;
                accuracy: number | null;
              };
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              clientId: string;
              cadreId: number;
              cadreName: string;
              teamId: number | null;
              villageCode: string;
              at: string;
              day: string;
              position: {
                lat: number | null;
                lng: number | null;
                accuracy: number | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Days in the village per work-team member against the rule / 驻村考勤统计
     * @description Per member of the work teams in scope: days checked in at the team's village in the month (or year), the working days of the deployment's calendar so far, the days required (the province's residentShareOfWorkingDays, or residentDaysPerYear for a year) and whether they were met.
     */
    get: {
      parameters: {
        query: {
          region?: string;
          year: number;
          month?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              year: number;
              month: number | null;
              items: {
                cadreId: number;
                name: string;
                teamId: number;
                villageCode: string;
                days: number;
                workingDays: number;
                requiredDays: number;
                met: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visits in your scope, newest first / 走访列表 */
    get: {
      parameters: {
        query?: {
          householdId?: number;
          cadreId?: number;
          region?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                clientId: string;
                householdId: number;
                householdNo: string;
                regionCode: string;
                at: string;
                position: {
                  lat: number | null;
                  lng: number | null;
                  accuracy: number | null;
                };
                cadre: {
                  id: number;
                  name: string;
                } | null;
                checks: {
                  [key: string]: boolean;
                };
                notes: string | null;
                incomeChange: string | null;
                memberChanges: string | null;
                photos: {
                  id: number;
                  takenAt: string | null;
                  timeGapSeconds: number | null;
                  distanceM: number | null;
                  /** @description 照片时间或位置与走访相差过大 / time or place far from the visit */
                  flagged: boolean;
                }[];
                confirmation: {
                  /** @enum {string} */
                  kind: 'signature' | 'code';
                  /** @description 签名图片地址（签名确认时） / where the drawn signature is served (a signature only) */
                  imageUrl: string | null;
                } | null;
                problemIds: number[];
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Record a visit to a household (idempotent by clientId) / 走访记录
     * @description 201 with the visit; 200 with the stored visit when clientId was stored already (nothing stored again). Photos: base64 JPEG or PNG (checked by their bytes, 422 IMAGE_TYPE; 413 over 4 MB), their EXIF time and GPS compared with the visit's (timeGapSeconds, distanceM, flagged). Confirmation: a drawn signature (PNG) or the code sent by POST /api/v1/visits/confirmation-codes (422 CODE_INVALID). 404 outside your households; 422 FUTURE_TIME; 409 CLIENT_ID_TAKEN.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 手机生成的唯一编号（重发不重复保存） / id made on the phone (a repeat is stored once) */
            clientId: string;
            householdId: number;
            /**
             * Format: date-time
             * @description 时间（ISO，带时区） / ISO instant with offset
             */
            at: string;
            position: {
              lat: number;
              lng: number;
              /** @description 定位精度（米） / accuracy in metres */
              accuracy: number;
            };
            notes?: string;
            /** @description 两不愁三保障及饮水安全：true 达标 / the guarantees and water as seen: true met */
            checks: {
              food: boolean;
              clothing: boolean;
              education: boolean;
              medical: boolean;
              housing: boolean;
              water: boolean;
            };
            incomeChange?: string;
            memberChanges?: string;
            photos?: {
              /** @description JPEG 或 PNG 照片 / a JPEG or PNG photo */
              data: string;
            }[];
            problems?: {
              /** @enum {string} */
              category:
                | 'food'
                | 'clothing'
                | 'education'
                | 'medical'
                | 'housing'
                | 'water'
                | 'income'
                | 'documents'
                | 'other';
              description: string;
              due?: string;
            }[];
            confirmation?:
              | {
                  /** @enum {string} */
                  kind: 'signature';
                  /** @description 签名 PNG / the drawn signature */
                  image: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'code';
                  code: string;
                };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              clientId: string;
              householdId: number;
              householdNo: string;
              regionCode: string;
              at: string;
              position: {
                lat: number | null;
                lng: number | null;
                accuracy: number | null;
              };
              cadre: {
                id: number;
                name: string;
              } | null;
              checks: {
                [key: string]: boolean;
              };
              notes: string | null;
              incomeChange: string | null;
              memberChanges: string | null;
              photos: {
                id: number;
                takenAt: string | null;
                timeGapSeconds: number | null;
                distanceM: number | null;
                /** @description 照片时间或位置与走访相差过大 / time or place far from the visit */
                flagged: boolean;
              }[];
              confirmation: {
                /** @enum {string} */
                kind: 'signature' | 'code';
                /** @description 签名图片地址（签名确认时） / where the drawn signature is served (a signature only) */
                imageUrl: string | null;
              } | null;
              problemIds: number[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              clientId: string;
              householdId: number;
              householdNo: string;
              regionCode: string;
              at: string;
              position: {
                lat: number | null;
                lng: number | null;
                accuracy: number | null;
              };
              cadre: {
                id: number;
                name: string;
              } | null;
              checks: {
                [key: string]: boolean;
              };
              notes: string | null;
              incomeChange: string | null;
              memberChanges: string | null;
              photos: {
                id: number;
                takenAt: string | null;
                timeGapSeconds: number | null;
                distanceM: number | null;
                /** @description 照片时间或位置与走访相差过大 / time or place far from the visit */
                flagged: boolean;
              }[];
              confirmation: {
                /** @enum {string} */
                kind: 'signature' | 'code';
                /** @description 签名图片地址（签名确认时） / where the drawn signature is served (a signature only) */
                imageUrl: string | null;
              } | null;
              problemIds: number[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/confirmation-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a confirmation code to the household's phone / 发送走访确认码
     * @description A 6-digit code valid 15 minutes, kept as a keyed hash; it confirms one visit once. 422 NO_PHONE when the household has no phone on record.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            householdId: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description 接收号码（已遮蔽） / the phone, masked */
              sentTo: string;
              expiresAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One visit / 走访详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              clientId: string;
              householdId: number;
              householdNo: string;
              regionCode: string;
              at: string;
              position: {
                lat: number | null;
                lng: number | null;
                accuracy: number | null;
              };
              cadre: {
                id: number;
                name: string;
              } | null;
              checks: {
                [key: string]: boolean;
              };
              notes: string | null;
              incomeChange: string | null;
              memberChanges: string | null;
              photos: {
                id: number;
                takenAt: string | null;
                timeGapSeconds: number | null;
                distanceM: number | null;
                /** @description 照片时间或位置与走访相差过大 / time or place far from the visit */
                flagged: boolean;
              }[];
              confirmation: {
                /** @enum {string} */
                kind: 'signature' | 'code';
                /** @description 签名图片地址（签名确认时） / where the drawn signature is served (a signature only) */
                imageUrl: string | null;
              } | null;
              problemIds: number[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/{id}/photos/{photoId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A photo of a visit (private, not cached) / 走访照片 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          photoId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/visits/{id}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The household's drawn signature confirming a visit (PNG, private) / 走访签名确认
     * @description image/png, for a reader of the visit; 404 outside your households or when the visit was not confirmed by a signature. The read is recorded in the audit.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/my/households': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My paired households with what is due / 我的帮扶户
     * @description The households of the caller's open pairings: last visit, next visit due (visitIntervalDays), open and overdue problems; overdue first, then by what falls due soonest. 404 NO_CADRE_RECORD.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cadre: {
                id: number;
                name: string;
              };
              items: {
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
                villageName: string | null;
                status: string | null;
                monitoringState: string | null;
                lastVisitAt: string | null;
                nextVisitDue: string;
                openProblems: number;
                overdueProblems: number;
                nextProblemDue: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cadres': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cadres of your regions, with their load (open pairings) / 帮扶干部 */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits, its subtree); default: all of yours / 行政区划（含下级） */
          region?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                regionCode: string;
                regionName: string | null;
                name: string;
                unit: {
                  id: number;
                  name: string;
                } | null;
                post: string | null;
                /** @description masked without personal data / 无个人信息权限时打码 */
                phone: string | null;
                userId: number | null;
                active: boolean;
                /** @description open pairings / 当前结对户数 */
                load: number;
                version: number;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Register a cadre (userId: their login, if they use the system) / 登记帮扶干部
     * @description 422 USER_HAS_CADRE, 422 NO_SUCH_USER.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the region that keeps the cadre / 管理该干部的行政区划 */
            regionCode: string;
            name: string;
            unitId?: number | null;
            post?: string | null;
            phone?: string | null;
            /** @description the login of a cadre who uses the system / 干部的登录账号 */
            userId?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cadres/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your own cadre record and pairings (404 NO_CADRE_RECORD) / 我的干部信息 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              unit: {
                id: number;
                name: string;
              } | null;
              post: string | null;
              /** @description masked without personal data / 无个人信息权限时打码 */
              phone: string | null;
              userId: number | null;
              active: boolean;
              /** @description open pairings / 当前结对户数 */
              load: number;
              version: number;
              pairings: {
                id: number;
                cadreId: number;
                cadreName: string;
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
                from: string;
                to: string | null;
                endReason: string | null;
                open: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/cadres/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One cadre with the history of their pairings / 帮扶干部详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              unit: {
                id: number;
                name: string;
              } | null;
              post: string | null;
              /** @description masked without personal data / 无个人信息权限时打码 */
              phone: string | null;
              userId: number | null;
              active: boolean;
              /** @description open pairings / 当前结对户数 */
              load: number;
              version: number;
              pairings: {
                id: number;
                cadreId: number;
                cadreName: string;
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
                from: string;
                to: string | null;
                endReason: string | null;
                open: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a cadre (their paired households' cadre fields follow) / 修改帮扶干部 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            unitId?: number | null;
            post?: string | null;
            phone?: string | null;
            /** @description the login of a cadre who uses the system / 干部的登录账号 */
            userId?: number | null;
            active?: boolean;
            /** @description the version read (409 when stale) / 读取时的版本 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              unit: {
                id: number;
                name: string;
              } | null;
              post: string | null;
              /** @description masked without personal data / 无个人信息权限时打码 */
              phone: string | null;
              userId: number | null;
              active: boolean;
              /** @description open pairings / 当前结对户数 */
              load: number;
              version: number;
              pairings: {
                id: number;
                cadreId: number;
                cadreName: string;
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
                from: string;
                to: string | null;
                endReason: string | null;
                open: boolean;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/pairings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pairings of cadres and households (open=true: current ones) / 结对帮扶 */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits, its subtree); default: all of yours / 行政区划（含下级） */
          region?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
          householdId?: number;
          cadreId?: number;
          open?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                cadreId: number;
                cadreName: string;
                householdId: number;
                householdNo: string;
                headName: string | null;
                villageCode: string;
                from: string;
                to: string | null;
                endReason: string | null;
                open: boolean;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Pair a cadre with a household (sets the household's cadre fields) / 结对
     * @description cadreId, or userId of a cadre who logs in. 422 PAIRING_EXISTS (one open pairing per household), 422 NO_CADRE_RECORD, 422 DATE_NOT_A_FACT.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cadreId?: number;
            /** @description instead of cadreId: the login of the cadre / 或干部的登录账号 */
            userId?: number;
            householdId: number;
            from: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/pairings/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a pairing (ends the paired cadre's access; clears the household's cadre fields) / 结束结对
     * @description 422 PAIRING_ENDED, 422 END_BEFORE_START.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            date: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              cadreId: number;
              cadreName: string;
              householdId: number;
              householdNo: string;
              headName: string | null;
              villageCode: string;
              from: string;
              to: string | null;
              endReason: string | null;
              open: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Problems in your scope, unfinished first by due date; inbox=true: those handled at your level / 问题列表 */
    get: {
      parameters: {
        query?: {
          /** @description 区划（含下级） / region, with its subtree */
          region?: string;
          state?: 'open' | 'in_progress' | 'solved' | 'confirmed';
          overdue?: 'true' | 'false';
          /** @description 本级待办 / only the problems whose handler is your level */
          inbox?: 'true' | 'false';
          householdId?: number;
          category?:
            | 'food'
            | 'clothing'
            | 'education'
            | 'medical'
            | 'housing'
            | 'water'
            | 'income'
            | 'documents'
            | 'other';
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                householdId: number | null;
                householdNo: string | null;
                headName: string | null;
                regionCode: string;
                regionName: string | null;
                /** @enum {string} */
                category:
                  | 'food'
                  | 'clothing'
                  | 'education'
                  | 'medical'
                  | 'housing'
                  | 'water'
                  | 'income'
                  | 'documents'
                  | 'other';
                description: string;
                /** @enum {string} */
                source: 'visit' | 'assessment' | 'procedure' | 'complaint' | 'inspection' | 'manual';
                /** @description 责任人或责任单位 / the cadre or unit responsible */
                owner: {
                  /** @enum {string} */
                  kind: 'cadre' | 'unit';
                  id: number;
                  name: string;
                } | null;
                due: string;
                /** @enum {string} */
                state: 'open' | 'in_progress' | 'solved' | 'confirmed';
                overdue: boolean;
                handlerRegionCode: string;
                /** @enum {string} */
                handlerLevel: 'village' | 'town' | 'county';
                version: number;
                openedOn: string;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Record a problem of a household or a village / 登记问题
     * @description householdId or villageCode (422 HOUSEHOLD_OR_VILLAGE); owner defaults to the household’s paired cadre, due to today + problemDueDays (422 DATE_INVALID before today), 422 UNKNOWN_OWNER.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description 户（或填村） / the household (or give villageCode) */
            householdId?: number;
            /** @description 村（村级问题） / the village, for a village’s problem */
            villageCode?: string;
            /**
             * @description 问题类别 / category (code list problem_category)
             * @enum {string}
             */
            category:
              | 'food'
              | 'clothing'
              | 'education'
              | 'medical'
              | 'housing'
              | 'water'
              | 'income'
              | 'documents'
              | 'other';
            /** @description 问题描述 / what the problem is */
            description: string;
            /** @description 整改时限 / due date (default: today + the province’s problemDueDays) */
            due?: string;
            /** @description 责任人 / the cadre responsible (default: the household’s paired cadre) */
            ownerCadreId?: number;
            /** @description 责任单位 / the unit responsible */
            ownerUnitId?: number;
            /**
             * @description 发现途径 / found by (default manual; assessment and procedure open their own)
             * @enum {string}
             */
            source?: 'visit' | 'complaint' | 'inspection' | 'manual';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open, in progress, solved, confirmed and overdue problems of a region and its child regions / 问题看板 */
    get: {
      parameters: {
        query: {
          region: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              region: {
                code: string;
                name: string;
              };
              totals: {
                open: number;
                inProgress: number;
                solved: number;
                confirmed: number;
                overdue: number;
              };
              byRegion: {
                code: string;
                name: string;
                open: number;
                inProgress: number;
                solved: number;
                confirmed: number;
                overdue: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One problem with its trail and the steps you may take / 问题详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              householdId: number | null;
              householdNo: string | null;
              headName: string | null;
              regionCode: string;
              regionName: string | null;
              /** @enum {string} */
              category:
                | 'food'
                | 'clothing'
                | 'education'
                | 'medical'
                | 'housing'
                | 'water'
                | 'income'
                | 'documents'
                | 'other';
              description: string;
              /** @enum {string} */
              source: 'visit' | 'assessment' | 'procedure' | 'complaint' | 'inspection' | 'manual';
              /** @description 责任人或责任单位 / the cadre or unit responsible */
              owner: {
                /** @enum {string} */
                kind: 'cadre' | 'unit';
                id: number;
                name: string;
              } | null;
              due: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'solved' | 'confirmed';
              overdue: boolean;
              handlerRegionCode: string;
              /** @enum {string} */
              handlerLevel: 'village' | 'town' | 'county';
              version: number;
              openedOn: string;
              sourceKey: string | null;
              visitId: number | null;
              solvedOn: string | null;
              confirmedOn: string | null;
              events: {
                id: number;
                action: string;
                actor: string;
                /** @description 执行人姓名（干部记录或账号的显示名）/ the person: their cadre record’s or account’s name */
                actorName: string | null;
                actorRole: string | null;
                regionCode: string | null;
                date: string;
                reason: string | null;
                evidence: {
                  documentNo: string;
                  date: string;
                } | null;
                at: string;
              }[];
              /** @description 可执行的操作 / the steps you may take now */
              actions: ('start' | 'solve' | 'confirm' | 'reopen')[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/problems/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start, solve, confirm or reopen a problem / 办理问题
     * @description start: open → in_progress; solve (evidence {documentNo, date} required, 422 EVIDENCE_REQUIRED): → solved; confirm: solved → confirmed, only a town or county official, not who solved it (403 SELF_CONFIRM); reopen (note = the reason, 422 REASON_REQUIRED): solved or confirmed → open, at its village with a new due date. 409 VERSION_CONFLICT, 422 WRONG_STATE, 422 DATE_INVALID (future, or before the last step).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description 操作 / step
             * @enum {string}
             */
            action: 'start' | 'solve' | 'confirm' | 'reopen';
            /** @description 版本号 / the version read (409 when stale) */
            version: number;
            /** @description 办理日期 / the day of the step (not in the future, not before the last step) */
            date: string;
            /** @description 说明 / a note (the reason, for reopen) */
            note?: string;
            /** @description 整改佐证 / the document that shows it solved: number and date */
            evidence?: {
              documentNo: string;
              /** @description YYYY-MM-DD */
              date: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              householdId: number | null;
              householdNo: string | null;
              headName: string | null;
              regionCode: string;
              regionName: string | null;
              /** @enum {string} */
              category:
                | 'food'
                | 'clothing'
                | 'education'
                | 'medical'
                | 'housing'
                | 'water'
                | 'income'
                | 'documents'
                | 'other';
              description: string;
              /** @enum {string} */
              source: 'visit' | 'assessment' | 'procedure' | 'complaint' | 'inspection' | 'manual';
              /** @description 责任人或责任单位 / the cadre or unit responsible */
              owner: {
                /** @enum {string} */
                kind: 'cadre' | 'unit';
                id: number;
                name: string;
              } | null;
              due: string;
              /** @enum {string} */
              state: 'open' | 'in_progress' | 'solved' | 'confirmed';
              overdue: boolean;
              handlerRegionCode: string;
              /** @enum {string} */
              handlerLevel: 'village' | 'town' | 'county';
              version: number;
              openedOn: string;
              sourceKey: string | null;
              visitId: number | null;
              solvedOn: string | null;
              confirmedOn: string | null;
              events: {
                id: number;
                action: string;
                actor: string;
                /** @description 执行人姓名（干部记录或账号的显示名）/ the person: their cadre record’s or account’s name */
                actorName: string | null;
                actorRole: string | null;
                regionCode: string | null;
                date: string;
                reason: string | null;
                evidence: {
                  documentNo: string;
                  date: string;
                } | null;
                at: string;
              }[];
              /** @description 可执行的操作 / the steps you may take now */
              actions: ('start' | 'solve' | 'confirm' | 'reopen')[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households/{id}/handbook.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The household's 帮扶手册 as PDF / 帮扶手册（PDF）
     * @description Household, members, income of the years, 两不愁三保障 and water, responsible cadre and pairing history, visits, problems and measures. Personal data masked as on the household page (a paired cadre sees their household's in full). 404 outside the caller's households; 503 PDF_FONT_UNAVAILABLE without a CJK font on the server.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/villages/{code}/dossier.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The village's 一村一档 as PDF / 一村一档（PDF）
     * @description The village, its households by status, type and monitoring, incidence, Party branch, work team and attendance, cadres and their loads, projects, problems by state, measures by category. No personal data. 404 for a region that is not a village or outside the caller's regions; 503 PDF_FONT_UNAVAILABLE without a CJK font on the server.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 12-digit village code */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/households/{id}/handbook.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The household's 帮扶手册 as XLSX / 帮扶手册（XLSX）
     * @description Household, members, income of the years, 两不愁三保障 and water, responsible cadre and pairing history, visits, problems and measures. Personal data masked as on the household page (a paired cadre sees their household's in full). 404 outside the caller's households.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/villages/{code}/dossier.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The village's 一村一档 as XLSX / 一村一档（XLSX）
     * @description The village, its households by status, type and monitoring, incidence, Party branch, work team and attendance, cadres and their loads, projects, problems by state, measures by category. No personal data. 404 for a region that is not a village or outside the caller's regions.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description 12-digit village code */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Assistance units / 帮扶单位 */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits, its subtree); default: all of yours / 行政区划（含下级） */
          region?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                regionCode: string;
                regionName: string | null;
                name: string;
                /** @enum {string} */
                level: 'central' | 'province' | 'city' | 'county' | 'town' | 'village';
                /** @enum {string} */
                kind: 'party_government' | 'state_enterprise' | 'institution' | 'other';
                /** @description cadres of the unit / 该单位干部数 */
                cadres: number;
                version: number;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Register a unit / 登记帮扶单位
     * @description 422 DUPLICATE_NAME.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description the region that keeps the unit / 管理该单位的行政区划 */
            regionCode: string;
            name: string;
            /** @enum {string} */
            level: 'central' | 'province' | 'city' | 'county' | 'town' | 'village';
            /** @enum {string} */
            kind: 'party_government' | 'state_enterprise' | 'institution' | 'other';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/units/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a unit / 修改帮扶单位 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @enum {string} */
            level?: 'central' | 'province' | 'city' | 'county' | 'town' | 'village';
            /** @enum {string} */
            kind?: 'party_government' | 'state_enterprise' | 'institution' | 'other';
            /** @description the version read (409 when stale) / 读取时的版本 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              regionCode: string;
              regionName: string | null;
              name: string;
              /** @enum {string} */
              level: 'central' | 'province' | 'city' | 'county' | 'town' | 'village';
              /** @enum {string} */
              kind: 'party_government' | 'state_enterprise' | 'institution' | 'other';
              /** @description cadres of the unit / 该单位干部数 */
              cadres: number;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/branches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Villages' Party branches / 村党支部 */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits, its subtree); default: all of yours / 行政区划（含下级） */
          region?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                villageCode: string;
                villageName: string | null;
                name: string;
                secretaryName: string | null;
                secretaryCadreId: number | null;
                membersCount: number;
                version: number;
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Register a Party branch / 登记村党支部
     * @description 422 DUPLICATE_NAME, 422 NOT_A_VILLAGE.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            villageCode: string;
            name: string;
            secretaryName?: string | null;
            secretaryCadreId?: number | null;
            membersCount: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/branches/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a Party branch / 修改村党支部 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            secretaryName?: string | null;
            secretaryCadreId?: number | null;
            membersCount?: number;
            /** @description the version read (409 when stale) / 读取时的版本 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              villageCode: string;
              villageName: string | null;
              name: string;
              secretaryName: string | null;
              secretaryCadreId: number | null;
              membersCount: number;
              version: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Work teams with their members / 驻村工作队 */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits, its subtree); default: all of yours / 行政区划（含下级） */
          region?: string;
          /** @description page number from 1 (instead of the cursor) / 页码，从 1 起（代替游标） */
          page?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                id: number;
                villageCode: string;
                villageName: string | null;
                sendingUnit: {
                  id: number;
                  name: string;
                } | null;
                termFrom: string;
                termTo: string;
                version: number;
                members: {
                  id: number;
                  cadreId: number;
                  name: string;
                  /** @enum {string} */
                  role: 'leader' | 'first_secretary' | 'member';
                  from: string;
                  to: string | null;
                  /** @description masked without personal data / 无个人信息权限时打码 */
                  phone: string | null;
                }[];
              }[];
              /** @description rows matching the query in your scope, on all pages / 符合条件的总条数 */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Send a work team to a village / 派驻工作队
     * @description The province's rules: 422 TEAM_TOO_SMALL (teamMinMembers), 422 TEAM_TERM_TOO_SHORT (teamMinTermYears), 422 TEAM_ROLES (one leader, one first secretary).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            villageCode: string;
            sendingUnitId?: number | null;
            termFrom: string;
            termTo: string;
            members: {
              cadreId: number;
              /** @enum {string} */
              role: 'leader' | 'first_secretary' | 'member';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One work team (phones masked without personal data) / 工作队详情 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              villageCode: string;
              villageName: string | null;
              sendingUnit: {
                id: number;
                name: string;
              } | null;
              termFrom: string;
              termTo: string;
              version: number;
              members: {
                id: number;
                cadreId: number;
                name: string;
                /** @enum {string} */
                role: 'leader' | 'first_secretary' | 'member';
                from: string;
                to: string | null;
                /** @description masked without personal data / 无个人信息权限时打码 */
                phone: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a team's sending unit or term / 修改工作队 */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            sendingUnitId?: number | null;
            termFrom?: string;
            termTo?: string;
            /** @description the version read (409 when stale) / 读取时的版本 */
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              villageCode: string;
              villageName: string | null;
              sendingUnit: {
                id: number;
                name: string;
              } | null;
              termFrom: string;
              termTo: string;
              version: number;
              members: {
                id: number;
                cadreId: number;
                name: string;
                /** @enum {string} */
                role: 'leader' | 'first_secretary' | 'member';
                from: string;
                to: string | null;
                /** @description masked without personal data / 无个人信息权限时打码 */
                phone: string | null;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/teams/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A cadre joins the team / 增加队员
     * @description 422 ALREADY_MEMBER, 422 TEAM_ROLES (the role is taken).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            cadreId: number;
            /** @enum {string} */
            role: 'leader' | 'first_secretary' | 'member';
            from: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              villageCode: string;
              villageName: string | null;
              sendingUnit: {
                id: number;
                name: string;
              } | null;
              termFrom: string;
              termTo: string;
              version: number;
              members: {
                id: number;
                cadreId: number;
                name: string;
                /** @enum {string} */
                role: 'leader' | 'first_secretary' | 'member';
                from: string;
                to: string | null;
                /** @description masked without personal data / 无个人信息权限时打码 */
                phone: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/teams/{id}/members/{memberId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A member leaves the team / 队员离队 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          memberId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            date: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: number;
              villageCode: string;
              villageName: string | null;
              sendingUnit: {
                id: number;
                name: string;
              } | null;
              termFrom: string;
              termTo: string;
              version: number;
              members: {
                id: number;
                cadreId: number;
                name: string;
                /** @enum {string} */
                role: 'leader' | 'first_secretary' | 'member';
                from: string;
                to: string | null;
                /** @description masked without personal data / 无个人信息权限时打码 */
                phone: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/villages/{code}/organisation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A village's branch, teams, paired cadres and pairing counts / 村组织概况 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              village: {
                code: string;
                name: string;
                town: string | null;
                county: string | null;
              };
              branches: {
                id: number;
                villageCode: string;
                villageName: string | null;
                name: string;
                secretaryName: string | null;
                secretaryCadreId: number | null;
                membersCount: number;
                version: number;
              }[];
              teams: {
                id: number;
                villageCode: string;
                villageName: string | null;
                sendingUnit: {
                  id: number;
                  name: string;
                } | null;
                termFrom: string;
                termTo: string;
                version: number;
                members: {
                  id: number;
                  cadreId: number;
                  name: string;
                  /** @enum {string} */
                  role: 'leader' | 'first_secretary' | 'member';
                  from: string;
                  to: string | null;
                  /** @description masked without personal data / 无个人信息权限时打码 */
                  phone: string | null;
                }[];
              }[];
              cadres: {
                id: number;
                regionCode: string;
                regionName: string | null;
                name: string;
                unit: {
                  id: number;
                  name: string;
                } | null;
                post: string | null;
                /** @description masked without personal data / 无个人信息权限时打码 */
                phone: string | null;
                userId: number | null;
                active: boolean;
                /** @description open pairings / 当前结对户数 */
                load: number;
                version: number;
              }[];
              households: {
                /** @description poor or monitored households / 脱贫户与监测户 */
                poorOrMonitored: number;
                /** @description households with an open pairing / 已结对户数 */
                paired: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation of a region as a workbook (XLSX) / 导出组织架构
     * @description Sheets 单位, 党支部, 工作队, 干部, 结对 (open pairings), scoped like the lists; phones masked without personal data. 404 for a region outside yours. Audited.
     */
    get: {
      parameters: {
        query: {
          /** @description region code (2–12 digits, its subtree); default: all of yours / 行政区划（含下级） */
          region: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisation/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import the organisation workbook (XLSX) / 导入组织架构
     * @description multipart/form-data with one .xlsx file in the export's layout. Rows are matched by natural key (docs/ARCHITECTURE.md), each written in its own transaction by the organisation's commands; a refused row is listed in errors and nothing of it is written. 422 ORG_IMPORT_NOT_XLSX, ORG_IMPORT_NO_SHEETS, ORG_IMPORT_MISSING_COLUMNS, ORG_IMPORT_TOO_MANY_ROWS, IMPORT_MASKED_EXPORT, 413 ORG_IMPORT_TOO_LARGE (20 MB): nothing written.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              updated: number;
              unchanged: number;
              errors: {
                sheet: string;
                /** @description the row as Excel numbers it / Excel 行号 */
                row: number;
                /** @description the column header / 列名 */
                field?: string;
                code: string;
                message: {
                  zh: string;
                  en: string;
                };
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/burden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Fields typed and pre-filled per week, per cadre or village / 基层负担
     * @description Sums of the burden log per week (Monday, China time): by=cadre per user, by=village per region of the writes, by=me the caller's own. Scoped to the region's subtree the caller reads the registry in (not by=me).
     */
    get: {
      parameters: {
        query?: {
          /** @description region code (2–12 digits); default: your first grant */
          region?: string;
          /** @description first day (its week counts whole); default: 12 weeks before to */
          from?: string;
          /** @description last day; default: today */
          to?: string;
          by?: 'cadre' | 'village' | 'me';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                week: string;
                key: string;
                name: string;
                typed: number;
                prefilled: number;
                writes: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
