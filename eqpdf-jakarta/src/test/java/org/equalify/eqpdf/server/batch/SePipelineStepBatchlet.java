package org.equalify.eqpdf.server.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The production batchlet, made a bean for Weld SE (the main classes are not a bean archive in plain tests). */
@Named("pipelineStepBatchlet")
@Dependent
public class SePipelineStepBatchlet extends PipelineStepBatchlet {}
