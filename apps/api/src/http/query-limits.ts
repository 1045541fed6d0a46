/**
 * Static limits checked before any resolver runs: the depth of the selection (a validation
 * rule) and the query's cost (graphql-query-complexity), Shopify-style: objects cost 1,
 * scalars and enums 0, a connection its page size times its nodes, heavy fields more.
 */
import {
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getOperationAST,
  GraphQLError,
  type GraphQLSchema,
  isLeafType,
  Kind,
  type SelectionSetNode,
  TypeInfo,
  type ValidationContext,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import {
  type ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
} from 'graphql-query-complexity';

/** How deep an operation nests and how many fields it selects once its fragments are spread. */
interface SelectionShape {
  depth: number;
  fields: number;
}

/**
 * A validation rule rejecting operations nested deeper than `maxDepth` fields or selecting more
 * than `maxFields` fields once every fragment spread is expanded. Each fragment's shape is
 * worked out once per document, so a fragment spread twice by another, itself spread twice...
 * costs one visit per fragment, not one per path through them (2^29 for 29 such levels).
 */
export function selectionLimitsRule(maxDepth: number, maxFields: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    const known = new Map<string, SelectionShape>();
    const inProgress = new Set<string>();
    const fragmentShape = (name: string): SelectionShape => {
      const cached = known.get(name);
      if (cached) return cached;
      const fragment = fragments.get(name);
      // Unknown or cyclic spreads are reported by graphql-js's own rules; they add nothing here.
      if (!fragment || inProgress.has(name)) return { depth: 0, fields: 0 };
      inProgress.add(name);
      const shape = shapeOf(fragment.selectionSet);
      inProgress.delete(name);
      known.set(name, shape);
      return shape;
    };
    const shapeOf = (selectionSet: SelectionSetNode): SelectionShape => {
      let depth = 0;
      let fields = 0;
      for (const selection of selectionSet.selections) {
        let below: SelectionShape;
        if (selection.kind === Kind.FIELD) {
          const inner = selection.selectionSet
            ? shapeOf(selection.selectionSet)
            : { depth: 0, fields: 0 };
          // Introspection's own nesting (__schema, __type) is bounded and not user data.
          const counted = selection.name.value.startsWith('__') ? 0 : 1;
          below = { depth: counted + inner.depth, fields: 1 + inner.fields };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          below = shapeOf(selection.selectionSet);
        } else {
          below = fragmentShape(selection.name.value);
        }
        depth = Math.max(depth, below.depth);
        // Saturates just past the limit: the count only has to say "too many".
        fields = Math.min(fields + below.fields, maxFields + 1);
      }
      return { depth, fields };
    };
    return {
      OperationDefinition(operation) {
        const { depth, fields } = shapeOf(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The query is nested ${depth} fields deep; the limit is ${maxDepth}.`,
              {
                nodes: [operation],
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maximumDepth: maxDepth },
              },
            ),
          );
        }
        if (fields > maxFields) {
          context.reportError(
            new GraphQLError(
              `The query selects more than ${maxFields} fields once its fragments are spread; ` +
                'select fewer, or spread each fragment fewer times.',
              {
                nodes: [operation],
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maximumFields: maxFields },
              },
            ),
          );
        }
      },
    };
  };
}

/** Objects cost 1 plus what is selected inside them; scalars and enums are free. */
const objectEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity;

/**
 * Names of the variables a cost can depend on: those inside the arguments of fields whose
 * complexity is a function of their arguments, or of directives (@skip, @include). Any
 * other variable (a scenario, a title) changes what a query does, never what it costs.
 */
function costVariables(schema: GraphQLSchema, document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(variable) {
        names.add(variable.name.value);
      },
    });
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const complexity: unknown = typeInfo.getFieldDef()?.extensions.complexity;
        if (typeof complexity === 'function')
          for (const argument of field.arguments ?? []) collect(argument);
      },
      Directive(directive) {
        collect(directive);
      },
    }),
  );
  return [...names].sort();
}

interface DocumentCosts {
  variables: string[];
  costs: Map<string, number>;
}

/** Per parsed document (Apollo reuses one DocumentNode per query text): costs by key. */
const documentCosts = new WeakMap<DocumentNode, DocumentCosts>();
/** Distinct (operation, cost-variable values) kept per document, past which it starts over. */
const costsPerDocument = 64;

/**
 * The static cost of one operation (at least 1). Its variables are coerced first, so bad
 * ones are reported (BAD_USER_INPUT, naming the variable and path) before anything runs.
 * The cost is computed once per document, operation and values of the variables it depends on.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  const operation = getOperationAST(document, operationName);
  const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 5,
  });
  if (coerced.errors) {
    throw new GraphQLError(coerced.errors.map((error) => error.message).join('\n'), {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  let known = documentCosts.get(document);
  if (!known) {
    known = { variables: costVariables(schema, document), costs: new Map() };
    documentCosts.set(document, known);
  }
  const key = JSON.stringify([
    operationName ?? null,
    // [value] when given (even null), [] when absent: an absent argument takes its default.
    ...known.variables.map((name) =>
      Object.hasOwn(coerced.coerced, name) ? [coerced.coerced[name]] : [],
    ),
  ]);
  const cached = known.costs.get(key);
  if (cached !== undefined) return cached;
  const cost = Math.max(1, complexityOf(schema, document, operationName, variables));
  if (known.costs.size >= costsPerDocument) known.costs.clear();
  known.costs.set(key, cost);
  return cost;
}

/** graphql-query-complexity's figure; its own refusals (too many nodes) as a typed 400. */
function complexityOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables: variables ?? {},
      estimators: [fieldExtensionsEstimator(), objectEstimator],
    });
  } catch (error) {
    if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) throw error;
    throw new GraphQLError(`The query's cost cannot be worked out: ${error.message}`, {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}
