(* A TEXT-keyed chained hash table: n inserts, 2n lookups (half miss), n updates. *)
MODULE BenchTable;
IMPORT Text, Fmt;

CONST Buckets = 65536;

TYPE
  Entry = REF RECORD key: TEXT; value: INTEGER; next: Entry END;
  Table = REF ARRAY OF Entry;

PROCEDURE Hash (key: TEXT): INTEGER =
  VAR h := 0;
  BEGIN
    FOR i := 0 TO Text.Length(key) - 1 DO
      h := (h * 31 + ORD(Text.GetChar(key, i))) MOD 16777216
    END;
    RETURN h MOD Buckets
  END Hash;

PROCEDURE Find (table: Table; key: TEXT): Entry =
  VAR e := table[Hash(key)];
  BEGIN
    WHILE e # NIL AND NOT Text.Equal(e.key, key) DO e := e.next END;
    RETURN e
  END Find;

PROCEDURE Put (table: Table; key: TEXT; value: INTEGER) =
  VAR
    e := Find(table, key);
    b: INTEGER;
  BEGIN
    IF e # NIL THEN
      e.value := value
    ELSE
      b := Hash(key);
      table[b] := NEW(Entry, key := key, value := value, next := table[b])
    END
  END Put;

PROCEDURE Run (n: INTEGER): INTEGER =
  VAR
    table := NEW(Table, Buckets);
    total := 0;
    e: Entry;
  BEGIN
    FOR i := 0 TO n - 1 DO Put(table, "key" & Fmt.Int(i), i) END;
    FOR i := 0 TO 2 * n - 1 DO
      e := Find(table, "key" & Fmt.Int(i));
      IF e # NIL THEN INC(total, e.value) ELSE INC(total) END
    END;
    FOR i := 0 TO n - 1 BY 3 DO Put(table, "key" & Fmt.Int(i), 2 * i) END;
    FOR i := 0 TO n - 1 DO INC(total, Find(table, "key" & Fmt.Int(i)).value) END;
    RETURN total
  END Run;

BEGIN
END BenchTable.
