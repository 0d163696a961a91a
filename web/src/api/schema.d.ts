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
          /** @description a member name (substring), a full ID number, or its last 4–6 characters */
          q?: string;
          /** @description cursor: the id of the last household of the previous page */
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
              year: number | null;
              items: {
                id: number;
                householdNo: string;
                regionCode: string;
                regionName: string | null;
                headName: string | null;
                headIdNumber: string | null;
                size: number;
                status: string;
                householdType: string;
                mainCause: string;
                perCapitaIncome: number | null;
                version: number;
              }[];
              nextCursor: number | null;
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
            year: number;
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
    /** A household with its members and yearly facts / 户详情 */
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
                birthDate: string;
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
                birthDate: string;
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
                birthDate: string;
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
                birthDate: string;
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
          limit?: number;
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
                actor: string;
                at: string;
              }[];
              nextCursor: number | null;
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
    /** Households and persons of a region and year, by status, cause and type, and per child region / 统计 */
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
                  role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
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
    /** The logged-in user and their grants / 当前用户 */
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
                  role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
                  /** @description Region code padded to 12 digits; 000000000000 is the whole country / 12 位区划代码 */
                  regionCode: string;
                  /** @description Region name / 区划名称 */
                  regionName: string;
                }[];
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
                  role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
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
              role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
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
                  role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
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
                  role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
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
              role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
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
                  role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
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
                  role: 'system_admin' | 'county_admin' | 'town_official' | 'village_cadre' | 'inspector';
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
          /** @description the year of the facts in the file; default: this year */
          year?: number;
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
     * @description One row per active member; ID numbers, phones and bank accounts are masked for roles that may not see them.
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
