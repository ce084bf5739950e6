(* TextRefTbl: a chained hash table from TEXT keys to REFANY values that doubles its bucket array
   when it holds more than two entries per bucket. *)
MODULE TextRefTbl;

IMPORT Word, Text;

TYPE
  Entry = REF RECORD key: TEXT; value: REFANY; next: Entry END;
  Buckets = REF ARRAY OF Entry;
  Public = T OBJECT
    METHODS
      init (sizeHint: CARDINAL := 0): Default;
      keyEqual (READONLY k1, k2: TEXT): BOOLEAN;
      keyHash (READONLY k: TEXT): Word.T;
    END;

REVEAL
  Default = Public BRANDED "TextRefTbl.Default" OBJECT
      buckets: Buckets := NIL;
      count: CARDINAL := 0
    OVERRIDES
      get := Get;
      put := Put;
      delete := Delete;
      size := Size;
      iterate := Iterate;
      init := Init;
      keyEqual := KeyEqual;
      keyHash := KeyHash
    END;

TYPE
  DefaultIterator = Iterator OBJECT
      table: Default;
      bucket := 0;
      entry: Entry := NIL
    OVERRIDES
      next := Next
    END;

PROCEDURE Init (self: Default; sizeHint: CARDINAL := 0): Default =
  VAR n := 16;
  BEGIN
    WHILE n < sizeHint DO n := n * 2 END;
    self.buckets := NEW(Buckets, n);
    self.count := 0;
    RETURN self
  END Init;

PROCEDURE KeyEqual (self: Default; READONLY k1, k2: TEXT): BOOLEAN =
  BEGIN
    RETURN Text.Equal(k1, k2)
  END KeyEqual;

PROCEDURE KeyHash (self: Default; READONLY k: TEXT): Word.T =
  BEGIN
    RETURN Text.Hash(k)
  END KeyHash;

PROCEDURE Slot (self: Default; READONLY k: TEXT): CARDINAL =
  BEGIN
    IF self.buckets = NIL THEN EVAL Init(self) END;
    RETURN Word.Mod(self.keyHash(k), NUMBER(self.buckets^))
  END Slot;

PROCEDURE Get (self: Default; READONLY k: TEXT; VAR v: REFANY): BOOLEAN =
  VAR e := self.buckets[Slot(self, k)];
  BEGIN
    WHILE e # NIL DO
      IF self.keyEqual(e.key, k) THEN v := e.value; RETURN TRUE END;
      e := e.next
    END;
    RETURN FALSE
  END Get;

PROCEDURE Put (self: Default; READONLY k: TEXT; READONLY v: REFANY): BOOLEAN =
  VAR i := Slot(self, k); e := self.buckets[i];
  BEGIN
    WHILE e # NIL DO
      IF self.keyEqual(e.key, k) THEN e.value := v; RETURN TRUE END;
      e := e.next
    END;
    self.buckets[i] := NEW(Entry, key := k, value := v, next := self.buckets[i]);
    INC(self.count);
    IF self.count > 2 * NUMBER(self.buckets^) THEN Grow(self) END;
    RETURN FALSE
  END Put;

PROCEDURE Grow (self: Default) =
  VAR old := self.buckets; e, next: Entry; i: CARDINAL;
  BEGIN
    self.buckets := NEW(Buckets, 2 * NUMBER(old^));
    FOR b := 0 TO LAST(old^) DO
      e := old[b];
      WHILE e # NIL DO
        next := e.next;
        i := Word.Mod(self.keyHash(e.key), NUMBER(self.buckets^));
        e.next := self.buckets[i];
        self.buckets[i] := e;
        e := next
      END
    END
  END Grow;

PROCEDURE Delete (self: Default; READONLY k: TEXT; VAR v: REFANY): BOOLEAN =
  VAR i := Slot(self, k); e := self.buckets[i]; previous: Entry := NIL;
  BEGIN
    WHILE e # NIL DO
      IF self.keyEqual(e.key, k) THEN
        v := e.value;
        IF previous = NIL THEN self.buckets[i] := e.next ELSE previous.next := e.next END;
        DEC(self.count);
        RETURN TRUE
      END;
      previous := e;
      e := e.next
    END;
    RETURN FALSE
  END Delete;

PROCEDURE Size (self: Default): CARDINAL =
  BEGIN
    RETURN self.count
  END Size;

PROCEDURE Iterate (self: Default): Iterator =
  BEGIN
    IF self.buckets = NIL THEN EVAL Init(self) END;
    RETURN NEW(DefaultIterator, table := self)
  END Iterate;

PROCEDURE Next (it: DefaultIterator; VAR k: TEXT; VAR v: REFANY): BOOLEAN =
  BEGIN
    WHILE it.entry = NIL DO
      IF it.bucket > LAST(it.table.buckets^) THEN RETURN FALSE END;
      it.entry := it.table.buckets[it.bucket];
      INC(it.bucket)
    END;
    k := it.entry.key;
    v := it.entry.value;
    it.entry := it.entry.next;
    RETURN TRUE
  END Next;

BEGIN
END TextRefTbl.
