// Generates large, valid Modula-3 modules for throughput measurements (parser, checker, benches).

/** One procedure of about 30 lines exercising common declarations, statements and expressions. */
function procedure(index: number): string {
  const p = `Proc${index}`;
  return `PROCEDURE ${p}(a: INTEGER; VAR b: INTEGER; READONLY t: Table): INTEGER RAISES {Failure} =
  CONST Limit = 16_FF;
  VAR sum, i: INTEGER := 0;
      ref: REF Node := NIL;
  BEGIN
    (* Walk the table and accumulate. *)
    FOR k := FIRST(t) TO LAST(t) BY 1 DO
      IF t[k] > a AND NOT (t[k] = Limit) THEN
        INC(sum, t[k] * 2 + 1);
      ELSIF t[k] < 0 THEN
        sum := sum - ABS(t[k]) DIV 3
      ELSE
        sum := (sum + k) MOD 7;
      END;
    END;
    WHILE i < a DO
      i := i + 1;
      CASE i MOD 4 OF
      | 0 => b := b + 1;
      | 1, 2 => b := b - 1;
      ELSE EVAL Max(i, b);
      END;
    END;
    ref := NEW(REF Node, value := sum, next := ref);
    TRY
      IF ref^.value < 0 THEN RAISE Failure("negative") END;
    EXCEPT
    | Failure (msg) => b := Text.Length(msg);
    END;
    RETURN sum + b + ref.value;
  END ${p};

`;
}

/** A module of roughly `lines` lines (rounded up to whole procedures). */
export function generateModule(lines: number, name = "Big"): string {
  const header = `MODULE ${name};

IMPORT Text;

TYPE
  Table = ARRAY [0 .. 99] OF INTEGER;
  Node = RECORD value: INTEGER; next: REF Node END;

EXCEPTION Failure(TEXT);

PROCEDURE Max(x, y: INTEGER): INTEGER =
  BEGIN
    IF x > y THEN RETURN x ELSE RETURN y END
  END Max;

`;
  const footer = `BEGIN
END ${name}.
`;
  const parts = [header];
  let count = header.split("\n").length;
  for (let i = 0; count < lines; i++) {
    const text = procedure(i);
    parts.push(text);
    count += text.split("\n").length - 1;
  }
  parts.push(footer);
  return parts.join("");
}
